// Feltlogg's outbox: encounters and observations saved on the phone without a connection (IndexedDB), in the order
// they were saved, until they are sent (ADR 0031). Used by the page (offline.js) and by the service worker (sw.js).
var FeltloggOutbox = (function () {
  'use strict';
  var DB = 'feltlogg';
  var STORE = 'outbox';
  var FORMS = { '/fieldwork/encounters/new': 'encounter', '/fieldwork/observations/new': 'observation' };

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && result.result !== undefined ? result.result : result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function uuid() {
    if (self.crypto && self.crypto.randomUUID) {
      return self.crypto.randomUUID();
    }
    var b = self.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  return {
    kind: function (path) { return FORMS[path] || null; },
    // Keeps a form's fields, with a new idempotency key, so that sending it again and again stores it once.
    add: function (path, pairs, owner) {
      var fields = pairs.filter(function (p) { return p[0] !== 'idempotencyKey'; });
      fields.push(['idempotencyKey', uuid()]);
      return run('readwrite', function (store) {
        return store.add({ path: path, kind: FORMS[path], fields: fields, owner: owner || '', savedAt: Date.now(),
          state: 'waiting' });
      });
    },
    all: function () {
      return run('readonly', function (store) { return store.getAll(); });
    },
    remove: function (id) {
      return run('readwrite', function (store) { store.delete(id); });
    },
    reject: function (item) {
      item.state = 'rejected';
      return run('readwrite', function (store) { store.put(item); });
    },
    clear: function () {
      return run('readwrite', function (store) { store.clear(); });
    }
  };
})();
