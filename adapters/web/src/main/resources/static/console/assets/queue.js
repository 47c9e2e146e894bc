// Moderation queue: when the case list is refreshed live (a case opened or was resolved
// elsewhere), the boxes the moderator had ticked stay ticked, so a bulk action in progress is not
// lost. No inline scripts: the page's CSP forbids them.
(function () {
  var ticked = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'cases') {
      ticked = Array.prototype.map.call(
        target.querySelectorAll('input[type="checkbox"]:checked'),
        function (box) { return box.id || box.value; });
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (ticked === null) {
      return;
    }
    var cases = document.getElementById('cases');
    if (cases) {
      cases.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
        if (ticked.indexOf(box.id || box.value) >= 0) {
          box.checked = true;
        }
      });
    }
    ticked = null;
  });
})();
