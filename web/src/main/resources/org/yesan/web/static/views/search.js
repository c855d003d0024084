// Search: programs, projects or any member by Korean or English name, each linked to its series.

import { h, select, controls, sortableTable, downloads, shownFrom } from '../components.js';
import { getJson, model as getModel } from '../api.js';
import { currentLang, label, stageLabel, t } from '../i18n.js';
import { money } from '../money.js';
import { go, update } from '../state.js';
import { datasetSelect, heading, memberName } from './common.js';

export async function render(state, ctx) {
  const ds = state.params.get('dataset');
  const m = await getModel(ds);
  const q = state.params.get('q') || '';
  const lvl = state.params.get('levels') || '';
  const root = h('section', { class: 'view search', 'aria-labelledby': 'view-title' });
  root.append(heading(t('search')));
  const input = h('input', { type: 'search', id: 'search-q', name: 'q', value: q, 'aria-label': t('query') });
  const form = h('form', { role: 'search', onsubmit: (e) => { e.preventDefault(); update({ q: input.value.trim() }); } },
    controls(datasetSelect(ctx, ds),
      h('label', { class: 'control', for: 'search-q' }, h('span', {}, t('query')), input),
      select(t('level'), [{ value: '', label: '*' }, ...m.levels.map((l) => ({ value: l.id, label: label(l.label, l.id) }))], lvl, (v) => update({ levels: v }), 'levels'),
      h('button', { type: 'submit', class: 'primary', id: 'search-run' }, t('find'))));
  root.append(form);
  if (!q) return root;
  const r = await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/search`, { q, levels: lvl, pagesize: 200 });
  const levelLabel = (id) => label((m.levels.find((l) => l.id === id) || {}).label, id);
  const lang = currentLang();
  const rows = r.matches.map((x) => ({ level: x.level, level_name: levelLabel(x.level), member: x.member,
    name: x.name_en !== x.name_ko ? label({ ko: x.name_ko, en: x.name_en }, x.member) : memberName(x.member), ministry: x.ministry,
    ministry_name: x.ministry ? memberName(x.ministry) : null, count: String(x.count),
    year: String(x.latest_fiscal_year), stage: x.latest_stage, stage_name: stageLabel(x.latest_stage),
    amount: x.latest_amount, readable: money(x.latest_amount, lang, m.currency) }));
  root.append(h('h2', {}, `${t('results')}: ${r.total_match_count}`));
  if (!rows.length) { root.append(h('p', {}, t('noResults'))); return root; }
  const node = (x) => [x.ministry && x.level !== 'ministry' ? `ministry:${x.ministry}` : null, `${x.level}:${x.member}`].filter(Boolean).join('|');
  const columns = [
    { key: 'name', name: t('member'), kind: 'text', header: true, cell: (x) => h('a', { href: '#', class: 'result', onclick: (e) => { e.preventDefault(); go('series', { node: node(x), q: null, levels: null }); } }, x.name) },
    { key: 'level_name', name: t('level'), kind: 'text' },
    { key: 'ministry_name', name: t('ministry'), kind: 'text' },
    { key: 'year', name: t('latestYear'), kind: 'number' },
    { key: 'stage_name', name: t('stage'), kind: 'text' },
    { key: 'readable', name: t('latest'), kind: 'text' },
    { key: 'amount', name: t('exact'), kind: 'amount' },
  ];
  root.append(downloads(() => shownFrom(`yesan-${ds}-search`, [{ key: 'level', name: 'level' }, { key: 'member', name: 'member' },
    { key: 'name', name: 'name' }, { key: 'ministry', name: 'ministry' }, { key: 'count', name: 'count', kind: 'number' },
    { key: 'year', name: 'latest_fiscal_year', kind: 'number' }, { key: 'stage', name: 'latest_stage' }, { key: 'amount', name: 'latest_amount', kind: 'amount' }], rows)));
  root.append(sortableTable({ columns, rows, caption: t('results') }));
  return root;
}
