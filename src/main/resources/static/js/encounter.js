// The encounter form (issue 15): "same as last" puts back the place and the themes of the worker's own last encounter
// in one tap; the form works without it (the button stays hidden without this script).
(function () {
  'use strict';
  var button = document.getElementById('same-as-last');
  if (!button) {
    return;
  }
  button.hidden = false;

  function choose(id, value) {
    var select = document.getElementById(id);
    if (!select || !value) {
      return;
    }
    if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  button.addEventListener('click', function () {
    choose('arena', button.getAttribute('data-arena'));
    choose('areaId', button.getAttribute('data-area'));
    choose('placeId', button.getAttribute('data-place'));
    var themes = (button.getAttribute('data-themes') || '').split(',').filter(Boolean);
    var form = button.closest('form');
    Array.prototype.forEach.call(form.querySelectorAll('input[name="themes"]'), function (box) {
      var on = themes.indexOf(box.value) >= 0;
      if (box.checked !== on) {
        box.checked = on;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (on) {
        var more = box.closest('details');
        if (more) {
          more.open = true;
        }
      }
    });
    button.setAttribute('aria-pressed', 'true');
  });
})();
