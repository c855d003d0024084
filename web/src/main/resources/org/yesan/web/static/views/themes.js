// Themes (AI, defence) across ministries: the slice total, a bar per ministry, and every tagged
// line with the rule that tagged it and the words it matched.

import { init } from '../chart.js';
import { h, select, sortableTable, downloads, shownFrom } from '../components.js';
import { getJson, model as getModel, cutText } from '../api.js';
import { currentLang, label, t } from '../i18n.js';
import { money, magnitude } from '../money.js';
import { slice, update } from '../state.js';
import { sliceControls, heading } from './common.js';

let catalog = null;

export async function render(state, ctx) {
  const ds = state.params.get('dataset');
  const m = await getModel(ds);
  const lang = currentLang();
  const s = slice(m, state.params);
  if (!catalog) catalog = (await getJson('/api/v1/themes')).themes;
  const id = catalog.some((x) => x.id === state.params.get('theme')) ? state.params.get('theme') : catalog[0].id;
  const r = await getJson(`/api/v1/datasets/${encodeURIComponent(ds)}/themes/${encodeURIComponent(id)}`, {
    cut: cutText([['measure', s.measure], ['fiscal_year', s.year], ['stage', s.stage]]), pagesize: 500,
  });
  const root = h('section', { class: 'view themes', 'aria-labelledby': 'view-title' });
  const theme = catalog.find((x) => x.id === id);
  root.append(heading(`${t('themes')}: ${label(theme.label, id)}`, `${theme.description} (${theme.id} ${theme.version})`));
  root.append(sliceControls(ctx, state, m, s, {
    extra: [select(t('theme'), catalog.map((x) => ({ value: x.id, label: label(x.label, x.id) })), id, (v) => update({ theme: v }), 'theme')],
  }));
  const total = r.totals[0];
  root.append(h('div', { class: 'total-card' },
    h('p', { class: 'total-label' }, `${label(r.label, id)} · ${s.year}`),
    h('p', { class: 'total', id: 'theme-total', 'data-amount': total ? total.amount : '0' }, money(total ? total.amount : '0', lang, m.currency)),
    h('p', { class: 'exact' }, total ? `${total.lines} ${t('lines')} · ${total.percent ?? '—'}% ${t('ofSlice')} (${money(total.out_of, lang, m.currency)})` : `0 ${t('lines')}`)));
  if (r.absent_levels.length) {
    root.append(h('p', { class: 'notice' }, `${lang === 'ko' ? '이 데이터셋에 없는 수준' : 'levels this dataset lacks'}: ${r.absent_levels.join(', ')}`));
  }
  if (r.by_group.length) {
    root.append(h('h2', {}, t('byMinistry')));
    const box = h('div', { class: 'chart short', id: 'theme-chart', role: 'img', 'aria-label': r.by_group.slice(0, 5).map((g) => `${g.group} ${money(g.amount, lang, m.currency)}`).join(', ') });
    root.append(box);
    requestAnimationFrame(async () => {
      const top = r.by_group.slice(0, 12).reverse();
      (await init(box)).setOption({
        aria: { enabled: true }, textStyle: { fontFamily: 'NanumGothic, sans-serif' },
        grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
        tooltip: { formatter: (p) => `${p.name}<br>${money(top[p.dataIndex].amount, lang, m.currency)} (${top[p.dataIndex].percent ?? '—'}%)` },
        xAxis: { type: 'value', axisLabel: { show: false } },
        yAxis: { type: 'category', data: top.map((g) => g.group) },
        series: [{ type: 'bar', color: '#1f4e79', data: top.map((g) => magnitude(g.amount)),
          label: { show: true, position: 'insideLeft', color: '#fff', formatter: (p) => money(top[p.dataIndex].amount, lang, m.currency) } }],
      });
    });
  }
  const rows = r.lines.map((x) => ({
    path: x.path, amount: x.amount, share: x.share, theme_amount: x.theme_amount,
    readable: money(x.theme_amount, lang, m.currency), rule: x.evidence.rule, level: x.evidence.level,
    matched: x.evidence.matched, member: x.evidence.member, rule_source: x.evidence.rule_source, source: x.evidence.source,
  }));
  root.append(h('h2', {}, `${t('lines')}: ${r.total_line_count}${r.total_line_count > rows.length ? ` (${rows.length})` : ''}`));
  const columns = [
    { key: 'path', name: t('path'), kind: 'text', header: true },
    { key: 'readable', name: t('themeAmount'), kind: 'text' },
    { key: 'theme_amount', name: t('exact'), kind: 'amount' },
    { key: 'rule', name: t('rule'), kind: 'text', cell: (x) => h('span', { title: x.rule_source }, x.rule) },
    { key: 'matched', name: t('matched'), kind: 'text', cell: (x) => h('span', {}, h('mark', {}, x.matched), ` (${x.level})`) },
    { key: 'source', name: t('source'), kind: 'text' },
  ];
  root.append(downloads(() => shownFrom(`yesan-${ds}-theme-${id}-${s.measure}-${s.year}-${s.stage}`,
    [{ key: 'path', name: 'path' }, { key: 'amount', name: 'amount', kind: 'amount' }, { key: 'share', name: 'share', kind: 'number' },
      { key: 'theme_amount', name: 'theme_amount', kind: 'amount' }, { key: 'rule', name: 'rule' }, { key: 'level', name: 'level' },
      { key: 'matched', name: 'matched' }, { key: 'rule_source', name: 'rule_source' }, { key: 'source', name: 'source' }], rows)));
  root.append(sortableTable({ columns, rows, caption: `${label(r.label, id)} — ${t('lines')}` }));
  return root;
}
