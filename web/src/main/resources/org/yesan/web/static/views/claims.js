// Claim check: paste a text, every number is highlighted with its verdict; hover shows the
// arithmetic, and choosing a number (click, Enter) shows the reading, formula, tolerance and rows.

import { h, sortableTable, downloads, shownFrom } from '../components.js';
import { postText } from '../api.js';
import { t } from '../i18n.js';
import { heading } from './common.js';

let lastText = '';
let lastReport = null;

export async function render(state) {
  const root = h('section', { class: 'view claims', 'aria-labelledby': 'view-title' });
  root.append(heading(t('claims')));
  const area = h('textarea', { id: 'claim-text', rows: 10, 'aria-label': t('paste'), placeholder: t('paste') }, lastText);
  const out = h('div', { id: 'claim-result', 'aria-live': 'polite' });
  const run = async () => {
    lastText = area.value;
    out.replaceChildren(h('p', { role: 'status' }, t('loading')));
    try {
      lastReport = await postText('/api/v1/claims/check', lastText, state.params.get('date') ? { date: state.params.get('date') } : {});
      out.replaceChildren(result(lastText, lastReport));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`));
    }
  };
  root.append(h('label', { for: 'claim-text', class: 'block' }, t('paste')), area,
    h('p', {}, h('button', { type: 'button', id: 'claim-run', class: 'primary', onclick: run }, t('check'))), out);
  if (lastReport && lastText === area.value) out.replaceChildren(result(lastText, lastReport));
  return root;
}

function result(text, report) {
  const detail = h('aside', { id: 'claim-detail', class: 'claim-detail', 'aria-live': 'polite' });
  const marked = h('div', { class: 'claim-text', id: 'claim-marked' });
  let at = 0;
  const show = (c, btn) => {
    marked.querySelectorAll('.claim[aria-pressed="true"]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    btn.setAttribute('aria-pressed', 'true');
    detail.replaceChildren(
      h('h3', {}, `#${c.id} “${c.text}” — ${t(c.verdict)}`),
      h('dl', {},
        h('dt', {}, t('reading')), h('dd', {}, c.reading),
        h('dt', {}, t('explanation')), h('dd', {}, c.explanation),
        h('dt', {}, t('formula')), h('dd', { class: 'formula' }, c.formula || '—'),
        h('dt', {}, t('tolerance')), h('dd', {}, c.tolerance || '—'),
        h('dt', {}, t('rows')), h('dd', {}, c.rows.length ? h('ul', {}, c.rows.map((r) =>
          h('li', {}, `${r.dataset} ${r.measure}${r.member ? ' ' + r.member : ''} ${r.fiscal_year} ${r.stage}: ${r.shown} (${r.amount}; ${r.precision})`))) : '—')));
  };
  const claims = report.claims.slice().sort((a, b) => a.start - b.start);
  for (const c of claims) {
    if (c.start < at) continue;
    marked.append(text.slice(at, c.start));
    const btn = h('button', { type: 'button', class: `claim v-${c.verdict}`, 'data-claim': c.id, 'data-verdict': c.verdict,
      'aria-pressed': 'false', title: `${t(c.verdict)}: ${c.formula || c.explanation}`,
      'aria-label': `${c.text}: ${t(c.verdict)}` }, c.text);
    btn.addEventListener('click', () => show(c, btn));
    marked.append(btn);
    at = c.end;
  }
  marked.append(text.slice(at));
  const counts = h('p', { class: 'verdicts', id: 'claim-counts' }, Object.entries(report.verdicts).map(([v, n]) =>
    h('span', { class: `badge v-${v}`, 'data-verdict': v, 'data-count': n }, `${t(v)} ${n}`)));
  const rows = report.claims.map((c) => ({ id: String(c.id), text: c.text, kind: c.kind, subject: c.subject,
    fiscal_year: c.fiscal_year === null ? null : String(c.fiscal_year), stage: c.stage, verdict: c.verdict, verdict_name: t(c.verdict),
    data_value: c.data_value, formula: c.formula, explanation: c.explanation }));
  const columns = [
    { key: 'id', name: '#', kind: 'number' },
    { key: 'text', name: 'text', kind: 'text', header: true },
    { key: 'verdict_name', name: t('verdict'), kind: 'text' },
    { key: 'subject', name: 'subject', kind: 'text' },
    { key: 'fiscal_year', name: t('year'), kind: 'number' },
    { key: 'explanation', name: t('explanation'), kind: 'text' },
  ];
  return h('div', {}, counts, h('div', { class: 'claim-layout' }, marked, detail),
    downloads(() => shownFrom('yesan-claims', [{ key: 'id', name: 'id', kind: 'number' }, { key: 'text', name: 'text' }, { key: 'kind', name: 'kind' },
      { key: 'subject', name: 'subject' }, { key: 'fiscal_year', name: 'fiscal_year', kind: 'number' }, { key: 'stage', name: 'stage' },
      { key: 'verdict', name: 'verdict' }, { key: 'data_value', name: 'data_value', kind: 'number' }, { key: 'formula', name: 'formula' },
      { key: 'explanation', name: 'explanation' }], rows)),
    sortableTable({ columns, rows, caption: t('claims') }));
}
