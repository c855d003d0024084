// Claim check: paste a text, every number is highlighted with its verdict; hover shows the
// arithmetic, and choosing a number (click, Enter) shows the reading, formula, tolerance and rows.

import { h, sortableTable, downloads, shownFrom } from '../components.js';
import { postText } from '../api.js';
import { currentLang, stageLabel, t } from '../i18n.js';
import { money } from '../money.js';
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

/** The particle 과 after a final consonant (728조원과), 와 after a vowel (국회와). */
function gwa(word) {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return `${word}과(와)`;
  return code % 28 ? `${word}과` : `${word}와`;
}

/**
 * The verdict's explanation in the UI's language: the checker's own Korean (explanation_ko) in the
 * Korean UI, with its English sentence beside it; a report without one is said from its fields.
 */
function explain(c) {
  if (currentLang() !== 'ko') return c.explanation;
  if (c.explanation_ko) return c.explanation_ko;
  const when = [c.fiscal_year ? `${c.fiscal_year}년` : null, c.stage ? stageLabel(c.stage) : null].filter(Boolean).join(' ');
  const data = c.data_value ? money(c.data_value, 'ko') : null;
  switch (c.verdict) {
    case 'supported':
      return data ? `${when} 자료의 값 ${gwa(data)} 허용 범위 안에서 맞습니다.` : `${when} 자료와 허용 범위 안에서 맞습니다.`;
    case 'contradicted':
      return data ? `${when} 자료의 값은 ${data}로, ${gwa(c.text)} 허용 범위를 넘게 다릅니다.` : `${when} 자료와 허용 범위를 넘게 다릅니다.`;
    case 'inconsistent':
      return '글 안의 다른 수치와 서로 맞지 않습니다.';
    case 'implausible':
      return '이 예산의 규모로 볼 때 있을 수 없는 수치입니다.';
    default:
      return '비교할 자료를 찾지 못해 확인할 수 없습니다.';
  }
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
        h('dt', {}, t('explanation')), h('dd', { id: 'claim-explanation' }, explain(c),
          currentLang() === 'ko' ? h('details', { class: 'original' }, h('summary', {}, '검증기의 원래 설명 (영어)'), h('p', { lang: 'en' }, c.explanation)) : null),
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
      'aria-pressed': 'false', title: `${t(c.verdict)}: ${c.formula || explain(c)}`,
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
    data_value: c.data_value, formula: c.formula, explanation: explain(c), explanation_en: c.explanation }));
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
