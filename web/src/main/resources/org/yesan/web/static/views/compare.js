// Compare two years or two stages as a sortable table with change and % change, the largest movers
// in bold; "Assembly changes" is the same table fixed to proposal → enacted.

import { init, chartActions, textWidth, wrap } from '../chart.js';
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
  // Only the levels the measure has members at: a level without any would show the measure's
  // whole as a nameless member.
  const filled = (await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/compare/levels`, { measure: s.measure })
    .catch(() => ({ rows: m.levels.map((l) => ({ level: l.id })) }))).rows.map((x) => x.level);
  const offered = m.levels.filter((l) => filled.includes(l.id));
  let level = state.params.get('level');
  if (!offered.some((l) => l.id === level)) level = levels[Math.min(path.length, levels.length - 1)];
  // none at all (the headline total): compared without drilldown, as one row, its whole
  const asked = state.params.get('level');
  if (!offered.some((l) => l.id === level)) level = offered.length ? offered[0].id : null;
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
  if (offered.length) items.push(select(t('level'), offered.map((l) => ({ value: l.id, label: label(l.label, l.id) })), level, (v) => update({ level: v }), 'level'));
  root.append(controls(...items));
  if (path.length) root.append(h('p', { class: 'crumbs' }, path.join(' › ')));

  if (axis === 'stages' && (!s.year || !a || !b || a === b)) {
    root.append(h('p', { class: 'notice', role: 'status' }, t('noProposal')));
    return root;
  }
  const params = {
    ...(level ? { drilldown: level } : {}),
    cut: cutText([['measure', s.measure], axis === 'years' ? ['stage', s.stage] : ['fiscal_year', s.year], ...pathCuts]),
  };
  params[axis] = `${a},${b}`;
  const r = await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/compare`, params);
  const labels = level === 'sector' ? (await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/labels/sector`).catch(() => ({ labels: {} }))).labels : {};
  const nameA = axis === 'years' ? String(a) : stageLabel(a);
  const nameB = axis === 'years' ? String(b) : stageLabel(b);

  const signed = (v) => (v === null || v === undefined ? null : `${v.startsWith('-') || v === '0' ? '' : '+'}${money(v, lang, m.currency)}`);
  const note = (x) => ({
    renamed: `${t('renamedFrom')} ${(x.renamed_from || '').split(' > ').map((n) => memberName(n, labels)).join(' › ')}`,
    new: `${t('isNew')} (${nameB})`, gone: `${t('isGone')} (${nameA})`,
    no_base_data: `${t('noData')}: ${nameA}`, no_target_data: `${t('noData')}: ${nameB}`,
  })[x.status] || null;
  const rows = r.rows.map((x) => ({
    member: x[level], name: memberName(x[level], labels),
    base: x.base, target: x.target, change: x.change, change_pct: x.change_pct,
    readable: signed(x.change), status: x.status, note: note(x),
  }));
  // A measure with no members at the level (total expenditure has no sectors) gives one row, the
  // measure's whole: it is named so, not "(없음)" as if it were a member without a name.
  const measureName = label((s.measures.find((x) => x.id === s.measure) || {}).label, s.measure);
  const unlevelled = rows.length > 0 && rows.every((x) => x.member === null || x.member === undefined);
  if (unlevelled) rows.forEach((x) => { x.name = `${measureName} (${t('total')})`; });
  // The API lists rows by the size of their change: the first ones are the largest movers. A row
  // with a side missing has no change, so it is never a mover.
  const moved = rows.filter((x) => x.change !== null && x.change !== undefined);
  const movers = new Set(moved.slice(0, MOVERS).map((x) => x.member));
  const total = r.total;
  const missingSide = total.status === 'no_base_data' ? nameA : total.status === 'no_target_data' ? nameB : null;
  root.append(h('div', { class: 'total-card' },
    h('p', { class: 'total-label' }, `${nameA} → ${nameB}`),
    h('p', { class: 'total', id: 'compare-total', 'data-change': total.change ?? '' },
      total.change === null ? '—' : `${signed(total.change)}` + (total.change_pct ? ` (${plusPct(total.change_pct)}%)` : '')),
    h('p', { class: 'exact' }, `${nameA}: ${total.base === null ? '—' : money(total.base, lang, m.currency)} · ${nameB}: ${total.target === null ? '—' : money(total.target, lang, m.currency)}`),
    missingSide ? h('p', { class: 'notice', id: 'compare-missing', role: 'status' }, t('sideMissing')(missingSide)) : null,
    !missingSide && moved.length < rows.length ? h('p', { class: 'hint', id: 'compare-unranked' }, t('notRanked')(rows.length - moved.length)) : null,
    unlevelled && (level || asked) ? h('p', { class: 'hint', id: 'compare-unlevelled' }, t('unlevelled')(measureName, levelLabel(level || asked))) : null));

  const chartBox = h('div', { class: 'chart short', id: 'compare-chart', role: 'img', 'aria-label': `${t('change')}: ${rows.slice(0, 5).map((x) => `${x.name} ${x.readable}`).join(', ')}` });
  root.append(chartBox);
  const columns = [
    { key: 'name', name: level ? levelLabel(level) : measureName, kind: 'text', header: true },
    { key: 'base', name: nameA, kind: 'amount' },
    { key: 'target', name: nameB, kind: 'amount' },
    { key: 'change', name: t('change'), kind: 'amount' },
    { key: 'readable', name: t('change'), kind: 'text' },
    { key: 'change_pct', name: t('changePct'), kind: 'percent', cell: (x) => plusPct(x.change_pct) },
    { key: 'note', name: t('note'), kind: 'text' },
  ];
  root.append(h('p', { class: 'hint' }, t('movers')));
  const title = `yesan-${ds}-${s.measure}-${axis === 'years' ? s.stage : s.year}-${a}-${b}-${level}`;
  root.append(downloads(() => shownFrom(title,
    [{ key: 'member', name: level || 'selection' }, { key: 'base', name: String(a), kind: 'amount' }, { key: 'target', name: String(b), kind: 'amount' },
      { key: 'change', name: 'change', kind: 'amount' }, { key: 'change_pct', name: 'change_pct', kind: 'percent' }, { key: 'status', name: 'status' }], rows)));
  root.append(sortableTable({ columns, rows, caption: `${nameA} → ${nameB}`, highlight: (x) => movers.has(x.member) }));
  if (moved.length) {
    root.insertBefore(chartActions(chartBox, title), chartBox.nextSibling);
    requestAnimationFrame(() => drawMovers(chartBox, moved.slice(0, 10), lang, m.currency));
  } else {
    chartBox.remove(); // nothing moved that can be measured: no empty chart
  }
  return root;
}

/** A percentage change with "+" on an increase; null stays null (shown as —). */
function plusPct(p) {
  if (p === null || p === undefined) return null;
  return /^-|^0(\.0+)?$/.test(p) ? p : `+${p}`;
}

const FONT = '12px NanumGothic, sans-serif';

async function drawMovers(box, rows, lang, currency) {
  const chart = await init(box);
  const ordered = rows.slice().reverse();
  // Each bar's reading sits just past the bar's end, outside it, in dark text; the value axis is
  // widened on each side by the widest reading so that no reading runs off the chart.
  const values = ordered.map((x) => magnitude(x.change));
  const widest = Math.max(0, ...ordered.map((x) => textWidth(x.readable, FONT))) + 12;
  // a long name is broken at spaces onto lines no wider than 40% of the chart, never cut
  const nameWidth = box.clientWidth * 0.4;
  const names = ordered.map((x) => wrap(x.name, nameWidth, FONT));
  const longest = Math.max(0, ...names.flatMap((n) => n.split('\n')).map((n) => textWidth(n, FONT)));
  const plot = Math.max(80, box.clientWidth - longest - 32);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  // px of label per unit of value, solved so that the labels fit inside the plot width
  const pad = span * widest / Math.max(40, plot - 2 * widest);
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: 'NanumGothic, sans-serif' },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { formatter: (p) => `${ordered[p.dataIndex].name}<br>${ordered[p.dataIndex].readable}<br>${exactGrouped(ordered[p.dataIndex].change)}` },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false }, min: lo < 0 ? lo - pad : 0, max: hi > 0 ? hi + pad : 0 },
    yAxis: { type: 'category', data: names, axisLabel: { fontSize: 12, lineHeight: 14 } },
    series: [{ type: 'bar', data: ordered.map((x, i) => ({
      value: values[i],
      itemStyle: { color: x.change.startsWith('-') ? '#a61b1b' : '#1f5f2e' },
      label: { position: x.change.startsWith('-') ? 'left' : 'right' },
    })),
    label: { show: true, color: '#1a1a1a', fontSize: 12, formatter: (p) => ordered[p.dataIndex].readable } }],
  });
}
