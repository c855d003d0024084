// Compare two years or two stages as a sortable table with change and % change, the largest movers
// in bold; "Assembly changes" is the same table fixed to proposal → enacted.

import { init } from '../chart.js';
import { h, select, controls, sortableTable, downloads, shownFrom } from '../components.js';
import { getJson, model as getModel, cutText } from '../api.js';
import { currentLang, label, stageLabel, t } from '../i18n.js';
import { money, magnitude, exactGrouped } from '../money.js';
import { slice, drillLevels, pathOf, update } from '../state.js';
import { datasetSelect, heading, memberName } from './common.js';

const MOVERS = 5;

export async function render(state, ctx) {
  return view(state, ctx, false);
}

export async function renderAssembly(state, ctx) {
  return view(state, ctx, true);
}

async function view(state, ctx, assembly) {
  const ds = state.params.get('dataset');
  const m = await getModel(ds);
  const lang = currentLang();
  const s = slice(m, state.params, assembly ? { stage: 'proposal' } : {});
  const levels = drillLevels(m, s.measure);
  const path = pathOf(state.params).slice(0, levels.length);
  const pathCuts = path.map((v, i) => [levels[i], v]);
  const axis = assembly ? 'stages' : (state.params.get('axis') === 'stages' ? 'stages' : 'years');
  let level = state.params.get('level');
  if (!m.levels.some((l) => l.id === level)) level = levels[Math.min(path.length, levels.length - 1)];
  const levelLabel = (id) => label((m.levels.find((l) => l.id === id) || {}).label, id);

  const root = h('section', { class: 'view compare', 'aria-labelledby': 'view-title' });
  root.append(heading(t(assembly ? 'assembly' : 'compare'), assembly ? t('assemblyNote') : `${m.title || ds}`));
  const items = [datasetSelect(ctx, ds),
    select(t('measure'), s.measures.map((x) => ({ value: x.id, label: label(x.label, x.id) })), s.measure, (v) => update({ measure: v }), 'measure')];
  if (!assembly) {
    items.push(select(t('axis'), [{ value: 'years', label: t('years') }, { value: 'stages', label: t('stages') }], axis,
      (v) => update({ axis: v, a: null, b: null }), 'axis'));
  }
  let a;
  let b;
  const stagesIn = (year) => [...new Set(m.slices.filter((x) => x.measure === s.measure && x.fiscal_year === year).map((x) => x.stage))];
  if (axis === 'years') {
    a = Number(state.params.get('a')) || s.years[s.years.length - 2] || s.year;
    b = Number(state.params.get('b')) || s.year;
    const yearOpts = s.years.slice().reverse().map((y) => ({ value: y, label: String(y) }));
    items.push(select(t('base'), yearOpts, a, (v) => update({ a: v }), 'a'));
    items.push(select(t('target'), yearOpts, b, (v) => update({ b: v }), 'b'));
    items.push(select(t('stage'), s.stages.map((x) => ({ value: x, label: stageLabel(x) })), s.stage, (v) => update({ stage: v }), 'stage'));
  } else {
    const years = assembly ? s.years.filter((y) => stagesIn(y).includes('proposal') && stagesIn(y).includes('enacted')) : s.years;
    const year = years.includes(s.year) ? s.year : years[years.length - 1];
    items.push(select(t('year'), years.slice().reverse().map((y) => ({ value: y, label: String(y) })), year, (v) => update({ year: v }), 'year'));
    const st = year ? stagesIn(year) : [];
    a = assembly ? 'proposal' : (st.includes(state.params.get('a')) ? state.params.get('a') : st[0]);
    b = assembly ? 'enacted' : (st.includes(state.params.get('b')) ? state.params.get('b') : st[1]);
    if (!assembly) {
      const opts = st.map((x) => ({ value: x, label: stageLabel(x) }));
      items.push(select(t('base'), opts, a, (v) => update({ a: v }), 'a'));
      items.push(select(t('target'), opts, b, (v) => update({ b: v }), 'b'));
    }
    s.year = year;
  }
  items.push(select(t('level'), m.levels.map((l) => ({ value: l.id, label: label(l.label, l.id) })), level, (v) => update({ level: v }), 'level'));
  root.append(controls(...items));
  if (path.length) root.append(h('p', { class: 'crumbs' }, path.join(' › ')));

  if (axis === 'stages' && (!s.year || !a || !b || a === b)) {
    root.append(h('p', { class: 'notice', role: 'status' }, t('noProposal')));
    return root;
  }
  const params = {
    drilldown: level,
    cut: cutText([['measure', s.measure], axis === 'years' ? ['stage', s.stage] : ['fiscal_year', s.year], ...pathCuts]),
  };
  params[axis] = `${a},${b}`;
  const r = await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/compare`, params);
  const labels = level === 'sector' ? (await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/labels/sector`).catch(() => ({ labels: {} }))).labels : {};
  const nameA = axis === 'years' ? String(a) : stageLabel(a);
  const nameB = axis === 'years' ? String(b) : stageLabel(b);

  const rows = r.rows.map((x) => ({
    member: x.members[level], name: memberName(x.members[level], labels),
    base: x.base, target: x.target, change: x.change, change_pct: x.change_pct,
    readable: money(x.change, lang, m.currency),
  }));
  // The API lists rows by the size of their change: the first ones are the largest movers.
  const movers = new Set(rows.slice(0, MOVERS).map((x) => x.member));
  const total = r.total;
  root.append(h('div', { class: 'total-card' },
    h('p', { class: 'total-label' }, `${nameA} → ${nameB}`),
    h('p', { class: 'total', id: 'compare-total', 'data-change': total.change },
      `${total.change.startsWith('-') ? '' : '+'}${money(total.change, lang, m.currency)}` + (total.change_pct ? ` (${total.change_pct}%)` : '')),
    h('p', { class: 'exact' }, `${nameA}: ${money(total.base ?? '0', lang, m.currency)} · ${nameB}: ${money(total.target ?? '0', lang, m.currency)}`)));

  const chartBox = h('div', { class: 'chart short', id: 'compare-chart', role: 'img', 'aria-label': `${t('change')}: ${rows.slice(0, 5).map((x) => `${x.name} ${x.readable}`).join(', ')}` });
  root.append(chartBox);
  const columns = [
    { key: 'name', name: levelLabel(level), kind: 'text', header: true },
    { key: 'base', name: nameA, kind: 'amount' },
    { key: 'target', name: nameB, kind: 'amount' },
    { key: 'change', name: t('change'), kind: 'amount' },
    { key: 'readable', name: t('change'), kind: 'text' },
    { key: 'change_pct', name: t('changePct'), kind: 'percent' },
  ];
  root.append(h('p', { class: 'hint' }, t('movers')));
  const title = `yesan-${ds}-${s.measure}-${axis === 'years' ? s.stage : s.year}-${a}-${b}-${level}`;
  root.append(downloads(() => shownFrom(title,
    [{ key: 'member', name: level }, { key: 'base', name: String(a), kind: 'amount' }, { key: 'target', name: String(b), kind: 'amount' },
      { key: 'change', name: 'change', kind: 'amount' }, { key: 'change_pct', name: 'change_pct', kind: 'percent' }], rows)));
  root.append(sortableTable({ columns, rows, caption: `${nameA} → ${nameB}`, highlight: (x) => movers.has(x.member) }));
  requestAnimationFrame(() => drawMovers(chartBox, rows.slice(0, 10), lang, m.currency));
  return root;
}

async function drawMovers(box, rows, lang, currency) {
  const chart = await init(box);
  const ordered = rows.slice().reverse();
  chart.setOption({
    aria: { enabled: true },
    textStyle: { fontFamily: 'NanumGothic, sans-serif' },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { formatter: (p) => `${p.name}<br>${money(ordered[p.dataIndex].change, lang, currency)}<br>${exactGrouped(ordered[p.dataIndex].change)}` },
    xAxis: { type: 'value', axisLabel: { show: false } },
    yAxis: { type: 'category', data: ordered.map((x) => (x.name.length > 14 ? x.name.slice(0, 13) + '…' : x.name)) },
    series: [{ type: 'bar', data: ordered.map((x) => ({ value: magnitude(x.change), itemStyle: { color: x.change.startsWith('-') ? '#a61b1b' : '#1f5f2e' } })),
      label: { show: true, position: 'insideLeft', color: '#fff', formatter: (p) => ordered[p.dataIndex].readable } }],
  });
}
