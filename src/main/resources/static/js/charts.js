// Draws a chart under every report table marked data-chart, from the table's own figures.
// The table stays on the page as the accessible source; hidden (suppressed) cells are left out of the chart.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#0b4f6c', '#a4161a', '#0a6b50', '#8a5a00', '#5b3f8c', '#2f4858'];
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
