// Ticket inbox pages. "Insert into reply" puts a suggested knowledge-base answer into the reply
// box, after what the agent already wrote, for them to edit before sending. Leaving a page closes
// its live-update streams at once: a browser keeps six connections to a host, and streams of pages
// left behind (kept for the back button) would hold them until none is free for the next page.
// No inline scripts (CSP).
(function () {
  window.addEventListener('pagehide', function () {
    document.querySelectorAll('[sse-connect]').forEach(function (element) {
      var data = element['htmx-internal-data'];
      if (data && data.sseEventSource) {
        data.sseEventSource.close();
      }
    });
  });
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
