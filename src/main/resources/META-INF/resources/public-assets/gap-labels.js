// A bar without a value says why, as the printed chart does: the server sends a dataset's "gapLabels"
// (不适用, an answer, 暂无数据, or 0 for a bar of no length). Chart.js draws nothing there, so a ranking whose
// only answer was 不适用 showed an empty axis while its table said 不适用.
//
// One module for every page that draws a ranking: the dashboard's <campaign-chart> imports it (Vite bundles
// it into the application's frontend), the public page and its embeds import it as it is served here (plain
// module scripts under their CSP, script-src 'self'). It was copied into both and the copies drifted apart.
export const gapLabels = {
  id: 'gapLabels',
  afterDatasetsDraw(chart, args, options) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    chart.data.datasets.forEach((dataset, d) => {
      const labels = dataset.gapLabels;
      if (!Array.isArray(labels) || !chart.isDatasetVisible(d)) {
        return;
      }
      ctx.save();
      ctx.fillStyle = '#6B7280';
      // the wall sets a larger size (plugins.gapLabels.size): 12 px is not read from five metres
      ctx.font = `${(options && options.size) || 12}px ${chart.options.font.family}`;
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const text = labels[i];
        // a bar without a value (or of 0, labelled 0) lies at the axis's zero, in the middle of its band
        const { x, y } = bar.getProps(['x', 'y'], true);
        if (text && Number.isFinite(x) && Number.isFinite(y)) {
          ctx.fillText(text, horizontal ? x + 6 : x, horizontal ? y : y - 4);
        }
      });
      ctx.restore();
    });
  },
};
