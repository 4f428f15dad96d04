// The annual report page (ADR 0042). Without this script every field and every section shows; with it:
// - the period form shows only the fields the chosen kind of period reads (the server accepts all of them as before);
// - on a narrow screen the sections start folded, except the one the address points to (#section-…).
(function () {
  'use strict';
  var kind = document.getElementById('kind');
  if (kind) {
    var fields = document.querySelectorAll('[data-period-kinds]');
    var show = function () {
      fields.forEach(function (field) {
        field.hidden = field.getAttribute('data-period-kinds').split(' ').indexOf(kind.value) < 0;
      });
    };
    kind.addEventListener('change', show);
    show();
  }
  if (window.matchMedia && window.matchMedia('(max-width: 600px)').matches) {
    var target = location.hash ? document.getElementById(location.hash.substring(1)) : null;
    document.querySelectorAll('details.report-fold').forEach(function (fold) {
      if (!target || !fold.contains(target)) {
        fold.open = false;
      }
    });
  }
})();
