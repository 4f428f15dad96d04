// Nothing typed is lost (ADR 0033). While a person types into a form that posts, what she typed is kept in this tab's
// sessionStorage (never localStorage): a draft per form, bound to her account. When the post is refused because the
// session expired or the page's token was stale, the server sends her, after signing in again, back to the page the
// form was on with ?draft=restore, and the draft is put back. Drafts are removed on the next page she opens signed in
// (after a save, or when she goes elsewhere), after an hour, when another account signs in, and at sign-out.
(function () {
  'use strict';
  var KEY = 'feltlogg-drafts';
  var MAX_AGE = 60 * 60 * 1000;
  var store;
  try {
    store = window.sessionStorage;
    store.getItem(KEY);
  } catch (e) {
    return; // no storage (private mode, disabled): the form still works, only this protection is missing
  }
  var ownerMeta = document.querySelector('meta[name="feltlogg-account"]');
  var owner = ownerMeta ? ownerMeta.content : null;
  var path = location.pathname;
  var signInPage = /^\/(login|password)(\/|$)|^\/account\/second-factor/.test(path);
  var restoring = new URLSearchParams(location.search).get('draft') === 'restore';

  function load() {
    try {
      var drafts = JSON.parse(store.getItem(KEY));
      return drafts && typeof drafts === 'object' ? drafts : {};
    } catch (e) {
      return {};
    }
  }

  function save(drafts) {
    try {
      if (Object.keys(drafts).length) {
        store.setItem(KEY, JSON.stringify(drafts));
      } else {
        store.removeItem(KEY);
      }
    } catch (e) { /* full: the server-side checks still hold */ }
  }

  function actionOf(form) {
    return new URL(form.getAttribute('action') || location.href, location.href).pathname;
  }

  function kept(form) {
    if ((form.getAttribute('method') || '').toLowerCase() !== 'post' || form.hasAttribute('data-no-draft')
      || (form.enctype || '').indexOf('multipart') === 0) {
      return false;
    }
    var action = actionOf(form);
    return action !== '/logout' && !/^\/(login|password)(\/|$)/.test(action);
  }

  function keyOf(form) {
    var action = actionOf(form);
    var same = Array.prototype.filter.call(document.forms, function (f) { return actionOf(f) === action; });
    return action + '#' + same.indexOf(form);
  }

  function typed(element) {
    if (!element.name || element.disabled) {
      return false;
    }
    if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') {
      return true;
    }
    return element.tagName === 'INPUT'
      && ['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image'].indexOf(element.type) < 0;
  }

  function fieldsOf(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!typed(element)) {
        return;
      }
      if (element.type === 'checkbox' || element.type === 'radio') {
        fields.push({ n: element.name, v: element.value, c: element.checked });
      } else if (element.tagName === 'SELECT' && element.multiple) {
        fields.push({ n: element.name, m: Array.prototype.filter.call(element.options, function (o) {
          return o.selected;
        }).map(function (o) { return o.value; }) });
      } else {
        fields.push({ n: element.name, v: element.value });
      }
    });
    return fields;
  }

  function remember(form, submitted) {
    if (!owner || !kept(form)) {
      return;
    }
    var drafts = load();
    drafts[keyOf(form)] = { owner: owner, at: Date.now(), submitted: !!submitted, fields: fieldsOf(form) };
    save(drafts);
  }

  function put(form, draft) {
    var nth = {};
    draft.fields.forEach(function (field) {
      var candidates = Array.prototype.filter.call(form.elements, function (e) {
        return e.name === field.n && typed(e);
      });
      var target;
      if ('c' in field) {
        target = candidates.filter(function (e) { return e.value === field.v; })[0];
        if (target && target.checked !== field.c) {
          target.checked = field.c;
          target.dispatchEvent(new Event('change', { bubbles: true }));
        }
        return;
      }
      var index = nth[field.n] || 0;
      nth[field.n] = index + 1;
      target = candidates.filter(function (e) { return e.type !== 'checkbox' && e.type !== 'radio'; })[index];
      if (!target) {
        return;
      }
      if ('m' in field) {
        Array.prototype.forEach.call(target.options, function (o) { o.selected = field.m.indexOf(o.value) >= 0; });
      } else if (target.value !== field.v) {
        target.value = field.v;
      } else {
        return;
      }
      target.dispatchEvent(new Event('input', { bubbles: true }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  function note(text) {
    var main = document.getElementById('main');
    if (!main || !text) {
      return;
    }
    var p = document.createElement('p');
    p.className = 'flash flash-ok';
    p.id = 'draft-restored';
    p.setAttribute('role', 'status');
    p.textContent = text;
    var outbox = document.getElementById('outbox');
    main.insertBefore(p, outbox ? outbox.nextSibling : main.firstChild);
  }

  // On opening a page signed in: put back what was refused, then forget every draft (kept again as she types).
  (function onOpen() {
    var drafts = load();
    if (!owner) {
      if (!signInPage || /[?&]logout/.test(location.search)) {
        store.removeItem(KEY); // signed out, or a page anyone may see: nothing typed stays on the phone
      }
      return;
    }
    if (signInPage) {
      return;
    }
    var restored = [];
    if (restoring) {
      Array.prototype.forEach.call(document.forms, function (form) {
        var draft = kept(form) && drafts[keyOf(form)];
        if (draft && draft.owner === owner && draft.submitted && Date.now() - draft.at < MAX_AGE) {
          put(form, draft);
          restored.push(form);
        }
      });
      var url = new URL(location.href);
      url.searchParams.delete('draft');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
    store.removeItem(KEY);
    restored.forEach(function (form) { remember(form, false); });
    if (restored.length) {
      var main = document.getElementById('main');
      note(main && main.getAttribute('data-draft-restored'));
    }
  })();

  function formOf(event) {
    var target = event.target;
    return target && target.form ? target.form : null;
  }

  document.addEventListener('input', function (event) {
    var form = formOf(event);
    if (form) {
      remember(form, false);
    }
  });
  document.addEventListener('change', function (event) {
    var form = formOf(event);
    if (form) {
      remember(form, false);
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (actionOf(form) === '/logout') {
      store.removeItem(KEY);
      return;
    }
    remember(form, true);
  }, true);
})();
