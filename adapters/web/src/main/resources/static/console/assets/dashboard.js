// Watchkeeper staff console, support dashboard: draws each <canvas data-chart="name"> with
// Chart.js from the page's chart data (the element #charts names its URL). The figures are
// also in the page's tables; a chart that cannot be drawn leaves them as they are.
(function () {
  var palette = ['#0b5cad', '#b3261e', '#1a7f37', '#9a6700', '#8250df', '#57606a'];

  function draw(canvas, chart) {
    var line = chart.kind === 'line';
    return new window.Chart(canvas, {
      type: chart.kind,
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (series, i) {
          var colour = palette[i % palette.length];
          return {
            label: series.label,
            data: series.values,
            borderColor: colour,
            backgroundColor: line ? colour : colour + 'cc',
            spanGaps: true,
            pointRadius: line ? 2 : 0,
            tension: 0.2
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          title: { display: true, text: chart.title },
          legend: { display: chart.series.length > 1 }
        },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: chart.unit } }
        }
      }
    });
  }

  function start() {
    var holder = document.getElementById('charts');
    if (!holder || !window.Chart) {
      return;
    }
    fetch(holder.getAttribute('data-charts-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('chart data: HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (charts) {
        var drawn = 0;
        holder.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
          var chart = charts[canvas.getAttribute('data-chart')];
          if (chart) {
            draw(canvas, chart);
            canvas.setAttribute('aria-label', chart.title + ': the figures are in the tables below');
            drawn++;
          }
        });
        holder.setAttribute('data-drawn', String(drawn));
      })
      .catch(function (error) {
        holder.setAttribute('data-drawn', 'failed');
        console.error(error);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
