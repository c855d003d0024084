// Time series of a node: every fiscal year, one line per stage (proposal and enacted side by side),
// nominal and in constant prices of a base year by the shipped GDP deflator.

import { init, chartActions } from '../chart.js';
import { h, select, controls, sortableTable, downloads, shownFrom } from '../components.js';
import { getJson, model as getModel } from '../api.js';
import { currentLang, label, stageLabel, t } from '../i18n.js';
import { money, magnitude } from '../money.js';
import { slice, update } from '../state.js';
import { datasetSelect, heading } from './common.js';

const COLORS = ['#1f4e79', '#a61b1b', '#2e6b30', '#7a3b00', '#5b2a86', '#0f5f63'];

export async function render(state, ctx) {
  const ds = state.params.get('dataset');
  const m = await getModel(ds);
  const lang = currentLang();
  const s = slice(m, state.params);
  const node = state.params.get('node') || '';
  const baseYear = state.params.get('base_year') || '';
  const r = await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/series`, { measure: s.measure, cut: node, base_year: baseYear });

  const root = h('section', { class: 'view series', 'aria-labelledby': 'view-title' });
  root.append(heading(t('series'), `${t('node')}: ${node ? node.split('|').map((x) => x.split(':').slice(1).join(':')).join(' › ') : t('wholeDataset')}`));
  const items = [datasetSelect(ctx, ds),
    select(t('measure'), s.measures.map((x) => ({ value: x.id, label: label(x.label, x.id) })), s.measure, (v) => update({ measure: v }), 'measure')];
  if (r.deflator) {
    const years = [];
    for (let y = r.deflator.last_year; y >= r.deflator.first_year; y--) years.push({ value: y, label: String(y) });
    items.push(select(t('baseYear'), years, r.base_year, (v) => update({ base_year: v }), 'base_year'));
  }
  root.append(controls(...items));
  if (r.deflator) {
    root.append(h('p', { class: 'hint' }, `${t('real')}: ${r.base_year} ${lang === 'ko' ? '불변가격' : 'prices'}, ${r.deflator.label} (${r.deflator.origin})`));
  }
  // every year from the first to the last, so that a year without figures is a gap in the line
  const known = r.points.map((p) => p.fiscal_year);
  const years = [];
  for (let y = Math.min(...known); y <= Math.max(...known); y++) years.push(y);
  const chartBox = h('div', { class: 'chart', id: 'series-chart', role: 'img', 'aria-label': `${t('series')} ${years[0]}–${years[years.length - 1]}` });
  root.append(chartBox);
  root.append(chartActions(chartBox, `yesan-${ds}-series-${s.measure}`));

  // A point without an amount (a column the source left empty) is listed as —, with the reason,
  // and left out of the chart: it is no figure, not 0.
  const rows = r.points.map((p) => ({
    fiscal_year: String(p.fiscal_year), stage: p.stage, stage_name: stageLabel(p.stage),
    amount: p.amount, readable: p.amount === null ? null : money(p.amount, lang, m.currency),
    real: p.real ? p.real.amount : null, real_readable: p.real ? money(p.real.amount, lang, m.currency) : null,
    method: p.amount === null ? t('unfilled') : p.real ? p.real.method : p.real_missing ? realMissing(p, lang) : '',
  }));
  const columns = [
    { key: 'fiscal_year', name: t('year'), kind: 'number', header: true },
    { key: 'stage_name', name: t('stage'), kind: 'text' },
    { key: 'readable', name: `${t('amount')} (${t('nominal')})`, kind: 'text' },
    { key: 'amount', name: t('exact'), kind: 'amount' },
    { key: 'real_readable', name: `${t('amount')} (${t('real')} ${r.base_year ?? ''})`, kind: 'text' },
    { key: 'real', name: `${t('exact')} (${t('real')})`, kind: 'amount' },
    { key: 'method', name: t('note'), kind: 'text' },
  ];
  root.append(downloads(() => shownFrom(`yesan-${ds}-series-${s.measure}`,
    [{ key: 'fiscal_year', name: 'fiscal_year', kind: 'number' }, { key: 'stage', name: 'stage' }, { key: 'amount', name: 'amount', kind: 'amount' },
      { key: 'real', name: `real_${r.base_year ?? ''}`, kind: 'amount' }, { key: 'method', name: 'real_method' }], rows)));
  root.append(sortableTable({ columns, rows, caption: t('series') }));
  requestAnimationFrame(() => draw(chartBox, r, years, lang, m.currency));
  return root;
}

/** Why a point has no real figure, in the UI's language (the API says it in English). */
function realMissing(p, lang) {
  if (lang !== 'ko') return p.real_missing;
  return /deflator is for won/.test(p.real_missing)
    ? '이 데이터셋은 원화가 아니어서 실질 금액을 내지 않습니다.'
    : `${p.fiscal_year}년의 GDP 디플레이터가 없어 실질 금액이 없습니다.`;
}

async function draw(box, r, years, lang, currency) {
  const chart = await init(box);
  const series = [];
  r.stages.forEach((stage, i) => {
    const at = (y) => r.points.find((p) => p.fiscal_year === y && p.stage === stage);
    // a stage with no figure at all (every point unfilled) gets no line and no legend entry
    if (!r.points.some((p) => p.stage === stage && p.amount !== null)) return;
    const color = COLORS[i % COLORS.length];
    series.push({ name: `${stageLabel(stage)} · ${t('nominal')}`, type: 'line', color, connectNulls: false,
      data: years.map((y) => { const p = at(y); return p && p.amount !== null ? { value: magnitude(p.amount), exact: p.amount } : null; }) });
    if (r.deflator) {
      series.push({ name: `${stageLabel(stage)} · ${t('real')}`, type: 'line', color, lineStyle: { type: 'dashed' }, symbol: 'triangle',
        data: years.map((y) => { const p = at(y); return p && p.real ? { value: magnitude(p.real.amount), exact: p.real.amount } : null; }) });
    }
  });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: 'NanumGothic, sans-serif' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', formatter: (ps) => [ps[0].axisValue, ...ps.filter((p) => p.data).map((p) => `${p.marker}${p.seriesName}: ${money(p.data.exact, lang, currency)}`)].join('<br>') },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => money(BigInt(Math.round(v)).toString(), lang, currency) } },
    series,
  });
}
