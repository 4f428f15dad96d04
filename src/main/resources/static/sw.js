// Feltlogg's service worker (ADR 0031): the encounter and observation forms open and save without a connection; every
// other page says plainly that it needs one (the offline page, fetched at install). Served from the root scope.
'use strict';
importScripts('/js/outbox.js');

var STATIC = 'feltlogg-static-v2';
var FORMS = 'feltlogg-forms';
var OFFLINE_FORMS = ['/fieldwork/encounters/new', '/fieldwork/observations/new'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) {
    return Promise.all(['/offline', '/css/app.css', '/js/app.js', '/js/outbox.js', '/js/offline.js',
      '/js/drafts.js', '/js/encounter.js', '/icons/icon-192.png', '/manifest.webmanifest'].map(function (url) {
      return fetch(url, { credentials: 'omit' }).then(function (response) {
        if (response.ok) {
          return cache.put(url, response);
        }
      });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function offlinePage() {
  return caches.match('/offline', { cacheName: STATIC }).then(function (page) {
    return page || new Response('', { status: 503 });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && request.method === 'GET') {
    event.respondWith(fetch(request).then(function (response) {
      if (OFFLINE_FORMS.indexOf(url.pathname) >= 0 && response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(FORMS).then(function (cache) { cache.put(url.pathname, copy); });
      }
      return response;
    }).catch(function () {
      if (OFFLINE_FORMS.indexOf(url.pathname) >= 0) {
        return caches.match(url.pathname, { cacheName: FORMS }).then(function (form) { return form || offlinePage(); });
      }
      return offlinePage();
    }));
    return;
  }
  if (request.mode === 'navigate' && request.method === 'POST') {
    var copy = request.clone();
    event.respondWith(fetch(request).catch(function () {
      if (!FeltloggOutbox.kind(url.pathname)) {
        return offlinePage();
      }
      // The connection failed although the phone thought it had one: keep the form in the outbox.
      return copy.formData().then(function (data) {
        var pairs = [];
        data.forEach(function (value, name) { pairs.push([name, String(value)]); });
        return FeltloggOutbox.add(url.pathname, pairs, '');
      }).then(function () {
        return Response.redirect(url.pathname + '?waiting', 303);
      });
    }));
    return;
  }
  if (request.method === 'GET' && /^\/(css|js|icons)\//.test(url.pathname)) {
    event.respondWith(fetch(request).catch(function () {
      return caches.match(url.pathname, { cacheName: STATIC }).then(function (hit) {
        return hit || new Response('', { status: 503 });
      });
    }));
  }
});
