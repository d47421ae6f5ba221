// The public disclosure page's charts: each figure carries its Chart.js configuration as JSON (the
// page runs no inline script, CSP script-src 'self'); a ranking gets a height for its number of bars.
// A module script: deferred like the Chart.js script before it, which it runs after.

// a bar without a value says why (不适用, 暂无数据, 0): the dashboard's <campaign-chart> registers the same plugin
import { gapLabels } from './gap-labels.js';

document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return; // no script library: the table under each chart still has its numbers
  }
  Chart.defaults.font.family =
    '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", system-ui, sans-serif';
  Chart.register(gapLabels);
  document.querySelectorAll('figure.chart').forEach((figure) => {
    const plot = figure.querySelector('.plot');
    if (!plot) {
      return; // a chart of no unit with a figure says so in words, without a plot
    }
    const config = JSON.parse(figure.querySelector('script.chart-config').textContent);
    config.options = config.options || {};
    config.options.maintainAspectRatio = false;
    config.options.responsive = true;
    // the figure's caption already says what the print puts above and below the plot
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.title = { display: false };
    config.options.plugins.subtitle = { display: false };
    const bars = Number(plot.dataset.bars) || 10;
    plot.style.height = Math.max(240, bars * 30 + 90) + 'px';
    new Chart(plot.querySelector('canvas'), config);
  });
});

// An embedded chart tells the page around it how tall it is (the embed code's few lines set the
// iframe's height), on load and whenever its width changes the layout. The content's own height, not
// scrollHeight, which is never less than the frame's: a short embed (a 404's one line) must shrink it.
if (document.body && document.body.classList.contains('embed') && window.parent !== window) {
  const tell = () => window.parent.postMessage(
    { type: 'minsheng-embed-height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
    '*');
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  document.addEventListener('toggle', tell, true);
}
