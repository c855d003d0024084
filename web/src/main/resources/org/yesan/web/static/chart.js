// ECharts, fetched as soon as a view module loads but without holding up the first API calls:
// the page asks for its data and for the 1 MB chart library at the same time.

const library = import('./echarts.esm.min.js');

export async function init(box) {
  const echarts = await library;
  return echarts.init(box, null, { renderer: 'canvas' });
}
