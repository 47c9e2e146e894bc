// Ticket inbox pages. "Insert into reply" puts a suggested knowledge-base answer into the reply
// box, after what the agent already wrote, for them to edit before sending. No inline scripts (CSP).
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-insert-text]') : null;
    if (!button) {
      return;
    }
    var box = document.getElementById(button.getAttribute('data-insert-into'));
    if (!box) {
      return;
    }
    var text = button.getAttribute('data-insert-text');
    box.value = box.value.trim() ? box.value.replace(/\s+$/, '') + '\n\n' + text : text;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });
})();
