// <campaign-chart>: a thin custom element around Chart.js. The server sends the whole chart
// configuration as JSON; the element draws it, updates in place when only the data changes, and
// reports clicks on a bar or point back to the server as a "chart-click" event.
import { Chart, registerables } from 'chart.js';
// the public page draws its rankings with the same plugin, served from there as it is
import { gapLabels } from '../../src/main/resources/META-INF/resources/public-assets/gap-labels.js';

Chart.register(...registerables);
Chart.register(gapLabels);

// A ranking names every unit on its axis (autoSkip is off): where the chart is shorter than the server's
// type needs, the names ran over each other (the wall display at 1440 px: 11 districts in 250 px at 22 px).
// With plugins.fitTicks.maxSize set, the category axis's type is sized to the room each name has, between
// minSize and maxSize, and the chart is drawn again when that changes (the axis's height does not depend
// on its names' size, so one more layout settles it).
const fitTicks = {
  id: 'fitTicks',
  afterLayout(chart, args, options) {
    const max = options && options.maxSize;
    const axis = chart.options.indexAxis === 'y' ? 'y' : 'x';
    const scale = chart.scales[axis];
    const count = chart.data.labels ? chart.data.labels.length : 0;
    if (!max || !scale || axis !== 'y' || count === 0) {
      return;
    }
    const ticks = chart.config.options.scales[axis].ticks;
    ticks.font = ticks.font || {};
    const room = scale.height / count;
    const size = Math.max(options.minSize || 10, Math.min(max, Math.floor(room / 1.25)));
    if (ticks.font.size !== size) {
      ticks.font.size = size;
      if (!chart._fitTicksPending) {
        chart._fitTicksPending = requestAnimationFrame(() => {
          chart._fitTicksPending = 0;
          if (chart.canvas) {
            chart.update('none');
          }
        });
      }
    }
  },
};
Chart.register(fitTicks);
Chart.defaults.font.family =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", system-ui, sans-serif';

class CampaignChart extends HTMLElement {
  constructor() {
    super();
    this._canvas = document.createElement('canvas');
    this._canvas.setAttribute('role', 'img');
  }

  connectedCallback() {
    // Flow may have set the property before this element was defined: re-apply it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    if (!this._canvas.isConnected) {
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set config(json) {
    this._json = json;
    this._draw();
  }

  get config() {
    return this._json;
  }

  _draw() {
    if (!this.isConnected || !this._json) {
      return;
    }
    const config = JSON.parse(this._json);
    config.options = config.options || {};
    config.options.maintainAspectRatio = false;
    config.options.onClick = (event, elements) => {
      if (elements.length > 0) {
        const index = elements[0].index;
        this.dispatchEvent(new CustomEvent('chart-click', { detail: { index } }));
      }
    };
    const title = config.options.plugins && config.options.plugins.title && config.options.plugins.title.text;
    if (title) {
      this._canvas.setAttribute('aria-label', Array.isArray(title) ? title.join(' ') : title);
    }
    if (this._chart && this._chart.config.type === config.type) {
      this._chart.data = config.data;
      this._chart.options = config.options;
      this._chart.update();
    } else {
      if (this._chart) {
        this._chart.destroy();
      }
      this._chart = new Chart(this._canvas, config);
    }
  }
}

customElements.define('campaign-chart', CampaignChart);
