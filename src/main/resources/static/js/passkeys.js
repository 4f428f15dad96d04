// Feltlogg passkeys (ADR 0032): registering one on the second-factor page, and signing in or giving the second
// factor with one. Talks to Spring Security's WebAuthn endpoints; binary fields travel as base64url.
(function () {
  'use strict';

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function fromBase64url(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function send(url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  // The page's CSRF token is that of the session the page was rendered in. When that session has gone since (it
  // expired while the page stood open, or the browser's session cookie was replaced), the request is refused with 403.
  // Then the token of the session the browser has now is read from the login page (open to all; it sends a person who
  // is signed in on to a page of hers, which carries the token as well, and it leaves no request saved in the session),
  // and the request is sent once more: a person who tries again is not refused for as long as she stays on the page.
  function renewToken() {
    return fetch('/login', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        return response.text();
      }).then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('meta[name="_csrf"]');
        var token = document.querySelector('meta[name="_csrf"]');
        if (!fresh || !token) {
          throw new Error('no CSRF token to renew');
        }
        token.setAttribute('content', fresh.getAttribute('content'));
      });
  }

  function post(url, body) {
    return send(url, body).then(function (response) {
      if (response.status === 403) {
        return renewToken().then(function () {
          return send(url, body);
        });
      }
      return response;
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status + ' ' + url);
      }
      return response.json();
    });
  }

  function withIds(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: fromBase64url(credential.id) });
    });
  }

  function register(label) {
    return post('/webauthn/register/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: fromBase64url(options.challenge),
        user: Object.assign({}, options.user, { id: fromBase64url(options.user.id) }),
        excludeCredentials: withIds(options.excludeCredentials)
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post('/webauthn/register', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: toBase64url(credential.rawId),
            type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment,
            clientExtensionResults: credential.getClientExtensionResults(),
            response: {
              attestationObject: toBase64url(response.attestationObject),
              clientDataJSON: toBase64url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            }
          }
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
    });
  }

  function signIn() {
    return post('/webauthn/authenticate/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: fromBase64url(options.challenge),
        allowCredentials: withIds(options.allowCredentials)
      });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment,
        clientExtensionResults: credential.getClientExtensionResults(),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : null
        }
      });
    }).then(function (result) {
      if (!result || !result.authenticated || !result.redirectUrl) {
        throw new Error('not signed in');
      }
      window.location.assign(result.redirectUrl);
    });
  }

  function show(element) {
    if (element) {
      element.hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var supported = !!(window.PublicKeyCredential && navigator.credentials);
    var signInButton = document.getElementById('passkey-login');
    if (signInButton) {
      if (!supported) {
        signInButton.closest('[data-passkey-sign-in]').hidden = true;
      }
      signInButton.addEventListener('click', function () {
        var error = document.getElementById('passkey-error');
        error.hidden = true;
        signInButton.disabled = true;
        signIn().catch(function (reason) {
          signInButton.disabled = false;
          error.setAttribute('data-reason', String(reason && reason.message || reason));
          show(error);
        });
      });
    }
    var registerButton = document.getElementById('passkey-register');
    if (registerButton) {
      if (!supported) {
        registerButton.closest('[data-passkey-register]').hidden = true;
      }
      registerButton.addEventListener('click', function () {
        var field = document.getElementById('passkey-label');
        var missing = document.getElementById('passkey-label-missing');
        var failed = document.getElementById('passkey-register-error');
        missing.hidden = true;
        failed.hidden = true;
        var label = field.value.trim();
        if (!label) {
          field.setAttribute('aria-invalid', 'true');
          field.setAttribute('aria-describedby', 'passkey-label-missing');
          show(missing);
          field.focus();
          return;
        }
        registerButton.disabled = true;
        register(label.substring(0, 60)).then(function () {
          window.location.assign('/account/second-factor?passkey');
        }).catch(function (reason) {
          registerButton.disabled = false;
          failed.setAttribute('data-reason', String(reason && reason.message || reason));
          show(failed);
        });
      });
    }
  });
}());
