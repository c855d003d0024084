// Overview: the total of a slice, its change on the previous year, and a treemap of the next
// level down that drills, level by level, to the line items with their source rows.

import { init, chartActions, textWidth, wrap } from '../chart.js';
import { h, sortableTable, downloads, shownFrom } from '../components.js';
import { getJson, model as getModel, cutText } from '../api.js';
import { currentLang, label, stageLabel, t } from '../i18n.js';
import { money, pctChange, sub, plain, magnitude, exactGrouped, pctOf } from '../money.js';
import { slice, drillLevels, pathOf, pathText, update, go, href } from '../state.js';
import { sliceControls, heading, memberName } from './common.js';

let painted = false;

/** The path entry of an empty member. */
const EMPTY = '∅';

/** Measures whose members overlap, so that no sum of them is shown as a total. */
const OVERLAPPING = ['sector_allocation'];

/** The levels each measure has members at, from the API, per dataset and measure. */
const measureLevels = new Map();

/** GET …/compare/levels, the same model compare drills by, asked once per dataset and measure. */
function filledLevels(ds, measure) {
  const key = `${ds}\u0000${measure}`;
  if (!measureLevels.has(key)) {
    measureLevels.set(key, getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/compare/levels`, { measure })
      .then((r) => r.rows.map((x) => x.level))
      .catch((e) => { measureLevels.delete(key); throw e; }));
  }
  return measureLevels.get(key);
}

export async function render(state, ctx) {
  const ds = state.params.get('dataset');
  const m = await getModel(ds);
  const s = slice(m, state.params, { breakdown: true });
  // Only the levels the measure has members at (total expenditure has no sectors, revenue has its
  // own): the view never offers a level whose one row would be an empty member.
  const levels = drillLevels(m, s.measure, await filledLevels(ds, s.measure));
  const path = pathOf(state.params).slice(0, levels.length);
  const lang = currentLang();
  const base = [['measure', s.measure], ['stage', s.stage]];
  // An empty member (no 세부회계, say) cannot be cut; it is drilled by and picked out here instead.
  const pathCuts = path.map((v, i) => [levels[i], v]).filter(([, v]) => v !== EMPTY);
  const emptyLevels = path.map((v, i) => (v === EMPTY ? levels[i] : null)).filter(Boolean);
  const inNode = (members) => emptyLevels.every((l) => members[l] === null || members[l] === undefined);
  const cut = cutText([['fiscal_year', s.year], ...base, ...pathCuts]);
  const hasPrev = m.slices.some((x) => x.measure === s.measure && x.fiscal_year === s.year - 1 && x.stage === s.stage);
  const api = `/api/v1/datasets/${encodeURIComponent(ds)}`;
  const depth = path.length;
  const atLeaf = depth >= levels.length;
  const level = levels[depth];
  const nodeTotal = async (c) => {
    if (!emptyLevels.length) return (await getJson(`${api}/aggregate`, { cut: c })).summary;
    const r = await getJson(`${api}/aggregate`, { cut: c, drilldown: emptyLevels.join(','), pagesize: 10000 });
    const cells = r.cells.filter((x) => inNode(x));
    return { amount: cells.length ? cells[0].amount : '0', cells: cells.length };
  };

  const [totalSummary, prevSummary, fetched, labels] = await Promise.all([
    nodeTotal(cut),
    hasPrev ? nodeTotal(cutText([['fiscal_year', s.year - 1], ...base, ...pathCuts])) : null,
    atLeaf
      ? getJson(`${api}/facts`, { cut, pagesize: 2000, order: 'amount:desc' })
      : getJson(`${api}/aggregate`, { cut, drilldown: [...emptyLevels, level].join(','), order: 'amount:desc', pagesize: 2000 }),
    !atLeaf && level === 'sector' ? getJson(`${api}/labels/sector`).then((x) => x.labels).catch(() => ({})) : {},
  ]);
  const children = atLeaf ? { ...fetched, facts: fetched.facts.filter((f) => inNode(f)) }
    : { ...fetched, cells: fetched.cells.filter((c) => inNode(c)) };
  // A level with one member says nothing: go straight on to the level below it (after the last
  // level, to the line items), in place: the address is replaced, not pushed, so that Back does
  // not return here to be skipped again.
  if (!atLeaf && children.cells.length === 1) {
    const only = children.cells[0][level];
    const next = new URLSearchParams(state.params);
    next.set('path', pathText([...path, only === null || only === undefined || only === '' ? EMPTY : only]));
    history.replaceState(null, '', href('overview', next));
    return render({ ...state, params: next }, ctx);
  }
  const total = { summary: totalSummary };
  const prev = prevSummary ? { summary: prevSummary } : null;

  const amount = total.summary.amount;
  const root = h('section', { class: 'view overview', 'aria-labelledby': 'view-title', 'data-levels': levels.join(','), 'data-level': atLeaf ? '' : level, 'data-depth': String(depth) });
  const levelLabel = (id) => label((m.levels.find((l) => l.id === id) || {}).label, id);
  root.append(heading(t('overview'), `${m.title || ds}`));
  root.append(sliceControls(ctx, state, m, s));

  // The headline figure and its change on the previous year.
  const card = h('div', { class: 'total-card' },
    h('p', { class: 'total-label' }, `${label(s.measures.find((x) => x.id === s.measure)?.label, s.measure)} · ${s.year} · ${stageLabel(s.stage)}`
      + (path.length ? ' · ' + path.map((p) => (p === EMPTY ? t('none') : p)).join(' › ') : '')),
    h('p', { class: 'total', id: 'overview-total', 'data-amount': amount }, money(amount, lang, m.currency)),
    h('p', { class: 'exact' }, `${t('exact')}: ${exactGrouped(amount)} ${m.currency === 'KRW' ? '원' : m.currency}`));
  const none = total.summary.cells === 0;
  if (none) {
    // nothing is stored for this node in this year and stage: no figure, not 0원
    card.replaceChildren(card.firstChild,
      h('p', { class: 'total', id: 'overview-total', 'data-amount': '' }, '—'),
      h('p', { class: 'notice', id: 'overview-missing', role: 'status' }, t('missingYear')));
  } else if (prev && prev.summary.cells > 0) {
    const change = plain(sub(amount, prev.summary.amount));
    const pct = pctChange(prev.summary.amount, amount);
    card.append(h('p', { class: 'change', id: 'overview-change', 'data-change': change, 'data-pct': pct ?? '' },
      `${t('previousYear')} (${s.year - 1}): ${change.startsWith('-') ? '' : '+'}${money(change, lang, m.currency)}`
        + (pct !== null ? ` (${pct.startsWith('-') ? '' : '+'}${pct}%)` : '')));
  } else {
    card.append(h('p', { class: 'change muted' }, t('noPrevious')));
  }
  // Sector allocations overlap (R&D is also in other sectors): their sum is no budget total.
  if (OVERLAPPING.includes(s.measure) && depth === 0) {
    card.replaceChildren(h('p', { class: 'notice', id: 'overview-overlap' }, t('overlap')));
  }
  root.append(card);

  // Breadcrumbs: every level above is a link back up.
  const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' });
  crumbs.append(h('a', { href: '#', onclick: (e) => { e.preventDefault(); update({ path: null }); } }, t('top')));
  path.forEach((p, i) => {
    crumbs.append(' › ');
    crumbs.append(i === path.length - 1
      ? h('span', { 'aria-current': 'location' }, `${levelLabel(levels[i])}: ${p === EMPTY ? t('none') : p}`)
      : h('a', { href: '#', onclick: (e) => { e.preventDefault(); update({ path: pathText(path.slice(0, i + 1)) }); } }, `${levelLabel(levels[i])}: ${p === EMPTY ? t('none') : p}`));
  });
  root.append(crumbs);
  const node = pathCuts.length ? cutText(pathCuts) : null;
  root.append(h('p', { class: 'links' },
    h('a', { href: '#', id: 'to-series', onclick: (e) => { e.preventDefault(); go('series', { node, path: null }); } }, `${t('series')} →`), ' ',
    h('a', { href: '#', id: 'to-compare', onclick: (e) => { e.preventDefault(); go('compare', { axis: 'years', a: s.year - 1, b: s.year, level: atLeaf ? levels[levels.length - 1] : level }); } }, `${t('compare')} →`)));

  // A measure with members at no level (the headline total) has no breakdown at all.
  if (!levels.length) {
    root.append(h('p', { class: 'notice', id: 'overview-no-breakdown', role: 'status' }, t('noBreakdown')));
    painted || mark();
    return root;
  }

  if (atLeaf) {
    root.append(h('h2', {}, t('lineItems')));
    root.append(leafTable(m, children, ds));
    painted || mark();
    return root;
  }

  root.append(h('h2', {}, `${levelLabel(level)} (${children.cells.length})`));
  root.append(h('p', { class: 'hint' }, t('drillHint')));
  const chartBox = h('div', { class: 'chart', id: 'overview-chart', role: 'img',
    'aria-label': `${levelLabel(level)}: ${children.cells.slice(0, 5).map((c) => `${memberName(c[level], labels)} ${money(c.amount, lang, m.currency)}`).join(', ')}` });
  root.append(chartBox);
  root.append(chartActions(chartBox, `yesan-${ds}-${s.measure}-${s.year}-${s.stage}`));

  const rows = children.cells.map((c) => ({
    member: c[level],
    name: memberName(c[level], labels),
    amount: c.amount,
    readable: money(c.amount, lang, m.currency),
    share: OVERLAPPING.includes(s.measure) ? null : pctOf(c.amount, amount, 1),
    count: String(c.count),
  }));
  const drill = (member) => {
    update({ path: pathText([...path, member === null || member === undefined ? EMPTY : member]) });
  };
  const columns = [
    { key: 'name', name: levelLabel(level), kind: 'text', header: true, cell: (r) => h('button', { type: 'button', class: 'linkish drill', 'data-member': r.member ?? EMPTY, onclick: () => drill(r.member) }, r.name) },
    { key: 'readable', name: t('amount'), kind: 'text' },
    { key: 'amount', name: t('exact'), kind: 'amount' },
    { key: 'share', name: `${t('share')} (%)`, kind: 'percent' },
    { key: 'count', name: t('count'), kind: 'number' },
  ];
  const title = `yesan-${ds}-${s.measure}-${s.year}-${s.stage}${path.length ? '-' + path.join('-') : ''}`;
  root.append(downloads(() => shownFrom(title,
    [{ key: 'member', name: level }, { key: 'amount', name: 'amount', kind: 'amount' }, { key: 'readable', name: 'readable' },
      { key: 'share', name: 'share_pct', kind: 'percent' }, { key: 'count', name: 'count', kind: 'number' }], rows)));
  root.append(sortableTable({ columns, rows, caption: `${levelLabel(level)} — ${t('amount')}` }));

  // The chart is drawn once the section is in the document, so that it knows its width.
  requestAnimationFrame(() => drawTreemap(chartBox, rows, (r) => drill(r.member), lang, m.currency));
  return root;
}

const LABEL_SIZE = 13;
const LABEL_FONT = `${LABEL_SIZE}px NanumGothic, "Noto Sans KR", sans-serif`;
const LINE = Math.round(LABEL_SIZE * 1.35);
const INSET = 5;

/**
 * What a tile of w × h pixels can show without cutting or spilling: name and amount, the name
 * alone, or nothing (the table below lists every figure).
 */
function tileLabel(row, w, h) {
  const room = w - 2 * INSET;
  const lines = Math.floor((h - 2 * INSET) / LINE);
  // the name on as many lines as it needs (broken at spaces), then the amount if there is room
  const name = wrap(row.name, room, LABEL_FONT).split('\n');
  if (name.some((l) => textWidth(l, LABEL_FONT) > room) || name.length > lines) return null;
  const amountFits = textWidth(row.readable, LABEL_FONT) <= room && name.length + 1 <= lines;
  return amountFits ? [...name, row.readable].join('\n') : name.join('\n');
}

async function drawTreemap(box, rows, onPick, lang, currency) {
  const chart = await init(box);
  // The first frame with the chart drawn is the meaningful paint.
  chart.on('rendered', () => { if (!painted) mark(); });
  const data = rows.filter((r) => !r.amount.startsWith('-') && r.amount !== '0').map((r) => ({
    name: r.name, value: magnitude(r.amount), row: r,
  }));
  const option = (labelled) => ({
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: 'NanumGothic, "Noto Sans KR", sans-serif' },
    tooltip: { formatter: (p) => `${p.data.row.name}<br>${money(p.data.row.amount, lang, currency)}<br>${exactGrouped(p.data.row.amount)}` },
    series: [{
      type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
      width: '100%', height: '100%', top: 0, left: 0, right: 0, bottom: 0,
      label: { show: true, color: '#fff', fontSize: LABEL_SIZE, lineHeight: LINE, overflow: 'none', position: 'insideTopLeft', padding: INSET - 1,
        formatter: (p) => (labelled ? labelled.get(p.dataIndex) ?? '' : '') },
      upperLabel: { show: false },
      itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
      levels: [{ color: ['#1f4e79', '#2e6b30', '#7a3b00', '#5b2a86', '#8a1c1c', '#0f5f63', '#6b4e16', '#3b3b98', '#7a2159', '#2d5d2d'] }],
      data,
    }],
  });
  // First lay the tiles out unlabelled, then label each tile by what its rectangle can hold.
  chart.setOption(option(null));
  const tree = chart.getModel().getSeriesByIndex(0).getData();
  const labelled = new Map();
  for (let i = 0; i < tree.count(); i++) {
    const layout = tree.getItemLayout(i);
    const d = tree.getRawDataItem(i);
    if (!layout || !d || !d.row) continue;
    const text = tileLabel(d.row, layout.width, layout.height);
    if (text) labelled.set(i, text);
  }
  chart.setOption(option(labelled));
  box.dataset.labelled = String(labelled.size);
  chart.on('click', (p) => p.data && onPick(p.data.row));
  window.addEventListener('resize', () => chart.resize(), { once: true });
}

function mark() {
  painted = true;
  performance.mark('yesan:overview-painted');
  document.body.dataset.painted = 'overview';
}

function leafTable(m, facts, ds) {
  const lang = currentLang();
  const levelIds = m.levels.map((l) => l.id);
  const rows = facts.facts.map((f) => ({
    ...Object.fromEntries(levelIds.map((l) => [l, f[l]])),
    measure: f.measure, fiscal_year: String(f.fiscal_year), stage: f.stage, reported_in: String(f.reported_in),
    amount: f.amount, readable: money(f.amount, lang, m.currency), source: `${f.source_file}:${f.source_line}`,
  }));
  const last = levelIds[levelIds.length - 1];
  const columns = [
    { key: last, name: label(m.levels[m.levels.length - 1].label, last), kind: 'text', header: true },
    { key: 'readable', name: t('amount'), kind: 'text' },
    { key: 'amount', name: t('exact'), kind: 'amount' },
    { key: 'reported_in', name: 'reported_in', kind: 'number' },
    { key: 'source', name: t('source'), kind: 'text' },
  ];
  const all = [...levelIds.map((l) => ({ key: l, name: l })), { key: 'measure', name: 'measure' }, { key: 'fiscal_year', name: 'fiscal_year', kind: 'number' },
    { key: 'stage', name: 'stage' }, { key: 'reported_in', name: 'reported_in', kind: 'number' }, { key: 'amount', name: 'amount', kind: 'amount' },
    { key: 'source', name: 'source' }];
  return h('div', {},
    downloads(() => shownFrom(`yesan-${ds}-line-items`, all, rows)),
    sortableTable({ columns, rows, caption: t('lineItems') }));
}
