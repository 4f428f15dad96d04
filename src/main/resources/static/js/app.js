// Feltlogg: pages work without this script; it only makes them quicker to use.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // The +/− buttons of the encounter counters: one tap per youth.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-step]');
    if (!button) {
      return;
    }
    var input = document.getElementById(button.getAttribute('data-target'));
    if (!input) {
      return;
    }
    var value = parseInt(input.value, 10) || 0;
    value = Math.max(0, Math.min(999, value + parseInt(button.getAttribute('data-step'), 10)));
    input.value = String(value);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

  // Exactly once (ADR 0031): every POST form carries an idempotency key made when the page was rendered. Keep the key
  // of this history entry, so that Back-then-save sends the key of the first save and the server answers it with the
  // first result instead of storing the same thing twice.
  (function keepIdempotencyKeys() {
    var inputs = document.querySelectorAll('form input[name="idempotencyKey"]');
    if (!inputs.length || !window.history || !history.replaceState) {
      return;
    }
    var state = (history.state && typeof history.state === 'object') ? history.state : {};
    var kept = state.idempotencyKeys || {};
    var path = location.pathname + location.search;
    var changed = false;
    inputs.forEach(function (input, index) {
      var name = path + '#' + index;
      if (kept[name]) {
        input.value = kept[name];
      } else {
        kept[name] = input.value;
        changed = true;
      }
    });
    if (changed) {
      var next = {};
      Object.keys(state).forEach(function (k) { next[k] = state[k]; });
      next.idempotencyKeys = kept;
      history.replaceState(next, '');
    }
  })();

  // The error summary of a refused form (ADR 0049): its errors in the order of the fields on the page, focus on it
  // when the page has loaded (a screen reader reads it first), and a link that moves focus to its field with the
  // field's label or legend in view. Works on every page the server renders with a form's errors.
  (function errorSummary() {
    var summary = document.getElementById('error-summary');
    if (!summary) {
      return;
    }
    function target(link) {
      var id = (link.getAttribute('href') || '').slice(1);
      var field = id ? document.getElementById(id) : null;
      if (!field || field.closest('#error-summary')) {
        var name = link.getAttribute('data-field');
        field = name ? document.querySelector('main [name="' + name.replace(/["\\]/g, '\\$&') + '"]') : null;
      }
      return field;
    }
    var list = summary.querySelector('ul');
    var items = Array.prototype.slice.call(list.children);
    items.sort(function (a, b) {
      var fa = a.querySelector('a') && target(a.querySelector('a'));
      var fb = b.querySelector('a') && target(b.querySelector('a'));
      if (!fa || !fb) {
        return fa ? 1 : (fb ? -1 : 0);
      }
      return fa.compareDocumentPosition(fb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (item) { list.appendChild(item); });
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-field]');
      var field = link && target(link);
      if (!field) {
        return;
      }
      event.preventDefault();
      var fieldset = field.closest('fieldset');
      var label = (field.id && document.querySelector('label[for="' + field.id + '"]'))
        || (fieldset && fieldset.querySelector('legend')) || field;
      label.scrollIntoView({ block: 'start' });
      field.focus({ preventScroll: true });
    });
    summary.focus();
  })();

  // The navigation menu is a <details>: closed on a phone, open on a wide screen (CSS shows it there as well).
  (function openMenuOnWideScreens() {
    var menu = document.getElementById('navmenu');
    if (menu && window.matchMedia && window.matchMedia('(min-width: 48rem)').matches) {
      menu.open = true;
    }
  })();
})();
