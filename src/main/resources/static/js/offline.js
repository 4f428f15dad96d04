// Offline logging (ADR 0031): installs the service worker, keeps encounters and observations saved without a
// connection in the outbox (outbox.js), shows them as waiting, and sends them, in order, when the connection is back
// and whenever a page opens. Sign-out sends what it can and asks before discarding the rest; it never does so silently.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.indexedDB || typeof FeltloggOutbox === 'undefined') {
    return;
  }
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* pages work without it */ });

  var box = document.getElementById('outbox');
  var ownerMeta = document.querySelector('meta[name="feltlogg-account"]');
  var owner = ownerMeta ? ownerMeta.content : null;
  var syncing = null;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    return token ? token.content : null;
  }

  function mine(item) {
    return owner && (item.owner === owner || item.owner === '');
  }

  function render(note) {
    if (!box) {
      return Promise.resolve();
    }
    return FeltloggOutbox.all().then(function (items) {
      var own = items.filter(mine);
      var list = box.querySelector('ul');
      list.textContent = '';
      own.forEach(function (item) {
        var li = document.createElement('li');
        li.className = 'outbox-' + item.state;
        var when = new Date(item.savedAt).toLocaleTimeString(document.documentElement.lang || 'nb',
          { hour: '2-digit', minute: '2-digit' });
        li.textContent = box.getAttribute('data-item-' + item.kind) + ' ' + when + ': '
          + box.getAttribute('data-state-' + item.state);
        list.appendChild(li);
      });
      var text = box.querySelector('.outbox-text');
      var waiting = own.filter(function (i) { return i.state === 'waiting'; }).length;
      text.textContent = (note ? note + ' ' : '') + (own.length
        ? box.getAttribute('data-waiting').replace('{0}', String(waiting)) : '');
      box.setAttribute('data-count', String(waiting));
      box.hidden = !own.length && !note;
    });
  }

  function send(item) {
    var body = new URLSearchParams();
    item.fields.forEach(function (pair) {
      body.append(pair[0], pair[0] === '_csrf' ? csrf() : pair[1]);
    });
    return fetch(item.path, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      var landed = new URL(response.url, location.href).pathname;
      if (response.redirected && landed !== '/login' && response.ok) {
        return FeltloggOutbox.remove(item.id).then(function () { return true; });
      }
      if (landed === '/login' || response.status === 401 || response.status === 403) {
        return false; // signed out: keep it until the worker signs in again
      }
      if (response.ok) {
        return FeltloggOutbox.reject(item).then(function () { return true; }); // the form came back with an error
      }
      return false;
    }, function () { return false; });
  }

  function sync() {
    if (syncing) {
      return syncing;
    }
    if (!owner || !csrf() || navigator.onLine === false) {
      return render();
    }
    syncing = FeltloggOutbox.all().then(function (items) {
      var queue = items.filter(function (i) { return mine(i) && i.state === 'waiting'; })
        .sort(function (a, b) { return a.id - b.id; });
      var chain = Promise.resolve(true);
      queue.forEach(function (item) {
        chain = chain.then(function (goOn) { return goOn ? send(item) : false; });
      });
      return chain;
    }).then(function () {
      syncing = null;
      return render();
    }, function () {
      syncing = null;
      return render();
    });
    return syncing;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var action = new URL(form.action, location.href).pathname;
    if (action === '/logout') {
      event.preventDefault();
      sync().then(FeltloggOutbox.all).then(function (items) {
        var left = items.filter(mine);
        if (left.length && !window.confirm(box.getAttribute('data-discard').replace('{0}', String(left.length)))) {
          return render();
        }
        return FeltloggOutbox.clear()
          .then(function () { return window.caches ? caches.delete('feltlogg-forms') : true; })
          .then(function () { form.submit(); });
      });
      return;
    }
    var kind = FeltloggOutbox.kind(action);
    if (!kind || navigator.onLine !== false || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    var pairs = [];
    new FormData(form).forEach(function (value, name) { pairs.push([name, String(value)]); });
    FeltloggOutbox.add(action, pairs, owner).then(function () {
      form.reset();
      window.scrollTo(0, 0);
      return render(box.getAttribute('data-saved'));
    });
  });

  window.addEventListener('online', sync);
  // Not every phone (nor every network emulation) tells the page that the connection is back: look now and then
  // while something waits.
  window.setInterval(function () {
    if (box && box.getAttribute('data-count') !== '0' && !box.hidden && navigator.onLine !== false) {
      sync();
    }
  }, 4000);
  window.addEventListener('offline', function () { render(); });
  sync();
})();
