// Watchkeeper staff console: sends the CSRF token with every htmx request, and keeps the
// "select all" boxes of bulk actions in step. No inline scripts: the page's CSP forbids them.
(function () {
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }
  // A page left (kept for the back button) closes its live streams: a browser opens only a few
  // connections to one host, and streams left open would hold them from the next page's requests.
  window.addEventListener('pagehide', function () {
    document.querySelectorAll('[sse-connect]').forEach(function (element) {
      var data = element['htmx-internal-data'];
      if (data && data.sseEventSource) {
        data.sseEventSource.close();
      }
    });
  });
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.matches && box.matches('input[type="checkbox"][data-select-all]')) {
      document.querySelectorAll('input[type="checkbox"][name="' + box.getAttribute('data-select-all') + '"]')
        .forEach(function (other) { other.checked = box.checked; });
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
