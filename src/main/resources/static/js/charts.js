// Draws a chart under every report table marked data-chart, from the table's own figures.
// The table stays on the page as the accessible source; hidden (suppressed) cells are left out of the chart.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#0b4f6c', '#a4161a', '#0a6b50', '#8a5a00', '#5b3f8c', '#2f4858', '#b5179e', '#3d6b00'];
  var sum = function (values) { return values.reduce(function (a, v) { return a + (v || 0); }, 0); };
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var columns = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); }).slice(1);
    var rows = table.querySelectorAll('tbody tr');
    var labels = [];
    var series = columns.map(function () { return []; });
    rows.forEach(function (tr) {
      var head = tr.querySelector('th');
      if (!head) { return; }
      labels.push(head.textContent.trim());
      tr.querySelectorAll('td').forEach(function (td, i) {
        if (i < series.length) {
          var value = parseInt(td.textContent.trim(), 10);
          series[i].push(isNaN(value) ? null : value);
        }
      });
    });
    // a total column is not a series beside its own parts
    if (table.getAttribute('data-total-column') === 'true') {
      columns.pop();
      series.pop();
    }
    // at most data-max-series lines: the largest, and the rest as one "Other" line where all of its parts are shown
    var max = parseInt(table.getAttribute('data-max-series'), 10);
    if (max > 1 && columns.length > max) {
      var order = columns.map(function (c, i) { return i; })
        .sort(function (a, b) { return sum(series[b]) - sum(series[a]); });
      var keep = order.slice(0, max - 1).sort(function (a, b) { return a - b; });
      var rest = order.slice(max - 1);
      var other = labels.map(function (label, r) {
        var total = 0;
        for (var k = 0; k < rest.length; k++) {
          var value = series[rest[k]][r];
          if (value === null) { return null; }
          total += value;
        }
        return total;
      });
      columns = keep.map(function (i) { return columns[i]; }).concat([table.getAttribute('data-other') || 'Other']);
      series = keep.map(function (i) { return series[i]; }).concat([other]);
    }
    var figure = document.createElement('div');
    figure.className = 'chart';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    var caption = table.querySelector('caption');
    canvas.setAttribute('aria-label', caption ? caption.textContent.trim() : '');
    figure.appendChild(canvas);
    table.parentNode.insertAdjacentElement('afterend', figure);
    new Chart(canvas, {
      type: table.getAttribute('data-chart') === 'line' ? 'line' : 'bar',
      data: {
        labels: labels,
        datasets: columns.map(function (column, i) {
          return { label: column, data: series[i], backgroundColor: palette[i % palette.length],
            borderColor: palette[i % palette.length] };
        })
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false }
    });
  });
})();
