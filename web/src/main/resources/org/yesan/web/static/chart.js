// ECharts, fetched as soon as a view module loads but without holding up the first API calls:
// the page asks for its data and for the 1 MB chart library at the same time.

import { h } from './components.js';
import { t } from './i18n.js';

const library = import('./echarts.esm.min.js');

/** A chart in `box`; the instance is kept on the box (box.yesanChart) for saving and for tests. */
export async function init(box) {
  const echarts = await library;
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  box.yesanChart = chart;
  return chart;
}

/**
 * "Save as image" (a PNG of the chart as drawn) and "Embed" (this view's address with embed=1,
 * which shows the chart without the page around it) for the chart in `box`.
 */
export function chartActions(box, name) {
  const png = h('button', { type: 'button', class: 'save-image', onclick: () => {
    const chart = box.yesanChart;
    if (!chart) return;
    const a = h('a', { href: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), download: `${name}.png` });
    document.body.append(a);
    a.click();
    a.remove();
  } }, t('saveImage'));
  const url = embedUrl();
  const field = h('input', { type: 'text', readonly: true, class: 'embed-url', value: url, 'aria-label': t('embedCode'), title: t('embedCode') });
  const embed = h('a', { href: url, class: 'embed-link', target: '_blank', rel: 'noopener' }, t('embed'));
  return h('div', { class: 'chart-actions' }, png, ' ', embed, ' ', field);
}

/** The current address with embed=1 in its hash query. */
export function embedUrl() {
  const [view, query] = location.hash.replace(/^#\/?/, '').split('?');
  const p = new URLSearchParams(query || '');
  p.set('embed', '1');
  return `${location.origin}${location.pathname}#/${view || 'overview'}?${p}`;
}

/** The width of `text` in CSS pixels in the given font, as the canvas measures it. */
let measurer = null;
export function textWidth(text, font) {
  measurer = measurer || document.createElement('canvas').getContext('2d');
  measurer.font = font;
  return measurer.measureText(text).width;
}

/**
 * Text broken after spaces and middle dots (보건·복지·고용) into lines of at most `width` pixels;
 * a piece wider than that stays whole, for the caller to measure.
 */
export function wrap(text, width, font) {
  const lines = [];
  let line = '';
  for (const piece of text.split(/(?<=[ ·])/)) {
    const next = line + piece;
    if (line && textWidth(next.trimEnd(), font) > width) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines.join('\n');
}
