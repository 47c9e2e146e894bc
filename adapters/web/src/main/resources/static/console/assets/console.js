// Watchkeeper staff console: sends the CSRF token with every htmx request, and keeps the
// "select all" boxes of bulk actions in step. No inline scripts: the page's CSP forbids them.
(function () {
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }
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
