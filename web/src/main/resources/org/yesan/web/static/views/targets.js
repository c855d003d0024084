// Targets and commitments: each target's baseline, plan and goal as a bar with the money behind
// it and every dated figure with its source; each commitment's deadline, status and evidence.

import { h, sortableTable } from '../components.js';
import { getJson } from '../api.js';
import { currentLang, label, t } from '../i18n.js';
import { exactGrouped, money, pctOf } from '../money.js';
import { heading } from './common.js';

function sourceLink(s) {
  return h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, `${s.publisher}, ${s.date}`);
}

function bar(id, parts, goal) {
  // widths from exact shares of the goal, capped at the bar; the figures beside it are exact
  const track = h('div', { class: 'progress-track', role: 'img', 'aria-label': parts.map((p) => `${p.name} ${exactGrouped(p.value)}`).join(', ') });
  let used = '0';
  for (const p of parts) {
    const width = pctOf(p.value, goal, 1);
    if (width === null) continue;
    const shown = Math.min(100, Number(width));
    track.append(h('span', { class: `progress-part ${p.cls}`, style: `width:${Math.max(0, shown - Number(used))}%` }));
    used = String(shown);
  }
  return h('div', { class: 'progress', id }, track);
}

function targetCard(x, lang) {
  const planned = x.planned;
  const card = h('article', { class: 'target-card', id: `target-${x.id}` },
    h('h2', {}, label(x.label, x.id)));
  if (x.goal) {
    card.append(h('p', { class: 'total' },
      h('span', { id: `target-${x.id}-latest`, 'data-value': x.latest ?? '' }, x.latest ? exactGrouped(x.latest) : '—'),
      ` → ${t('planned')} `,
      h('span', { id: `target-${x.id}-planned`, 'data-value': planned ?? '' }, planned ? exactGrouped(planned) : '—'),
      ` / ${t('goal')} `,
      h('span', { id: `target-${x.id}-goal`, 'data-value': x.goal }, exactGrouped(x.goal)),
      ` ${x.unit}`));
    if (x.latest && planned) {
      card.append(bar(`target-${x.id}-bar`, [
        { name: t('baseline'), value: x.latest, cls: 'done' },
        { name: t('planned'), value: planned, cls: 'planned' },
      ], x.goal));
    }
    card.append(h('p', { class: 'exact' },
      `${t('deadline')}: ${x.deadline ?? '—'} · ${t('pctOfGoal')}: ${x.pct_of_goal ?? '—'}% · `
      + `${t('reachedOnPlan')}: ${x.goal_reached_on_plan === null ? '—' : x.goal_reached_on_plan ? t('yes') : t('no')}`));
  }
  const rows = x.points.map((p) => ({
    kind: t(p.kind), date: p.date,
    value: p.won ?? p.value,
    readable: p.won ? `${money(p.won, lang)} (${exactGrouped(p.won)}${lang === 'ko' ? '원' : ' won'})` : `${exactGrouped(p.value)} ${p.unit}`,
    source: p.source, note: p.note,
  }));
  card.append(sortableTable({
    caption: `${label(x.label, x.id)} — ${t('evidence')}`,
    rows,
    columns: [
      { key: 'date', name: t('date'), kind: 'text', header: true },
      { key: 'kind', name: t('kind'), kind: 'text' },
      { key: 'readable', name: t('amount'), kind: 'text' },
      { key: 'note', name: t('note'), kind: 'text' },
      { key: 'source', name: t('source'), kind: 'text', cell: (r) => sourceLink(r.source) },
    ],
  }));
  return card;
}

export async function render() {
  const lang = currentLang();
  const [targets, commitments] = await Promise.all([
    getJson('/api/v1/targets'), getJson('/api/v1/commitments'),
  ]);
  const root = h('section', { class: 'view targets', 'aria-labelledby': 'view-title' });
  root.append(heading(t('targets'), t('targetsSub')));
  for (const x of targets.targets) root.append(targetCard(x, lang));
  root.append(h('h2', {}, `${t('commitments')} (${t('asOf')} ${commitments.as_of})`));
  const rows = commitments.commitments.map((c) => ({
    id: c.id, statement: label(c.statement, c.id), made_by: c.made_by, made_on: c.made_on,
    deadline: c.deadline, status: c.status, overdue: c.overdue, days_late: c.days_late,
    history: c.history,
  }));
  root.append(sortableTable({
    caption: t('commitments'),
    rows,
    columns: [
      { key: 'statement', name: t('statement'), kind: 'text', header: true },
      { key: 'made_by', name: t('madeBy'), kind: 'text' },
      { key: 'made_on', name: t('madeOn'), kind: 'text' },
      { key: 'deadline', name: t('deadline'), kind: 'text' },
      { key: 'status', name: t('status'), kind: 'text',
        cell: (r) => h('span', { class: `status status-${r.status}`, id: `commitment-${r.id}-status` },
          `${t(r.status)}${r.overdue ? ` (${t('overdue')})` : ''}${r.days_late > 0 ? ` +${r.days_late}${t('days')}` : ''}`) },
      { key: 'history', name: t('evidence'), kind: 'text',
        cell: (r) => h('details', {}, h('summary', {}, `${r.history.length}`),
          h('ol', {}, r.history.map((s) => h('li', {}, `${s.date} ${t(s.status)}: ${s.evidence} — `, sourceLink(s.source))))) },
    ],
  }));
  return root;
}
