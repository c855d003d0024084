// The budget cycle as a timeline: for each fiscal year, the days between the legal deadline and
// the submission and the passage (the deadline at 0), and every dated event with its source.

import { init } from '../chart.js';
import { h, sortableTable } from '../components.js';
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { heading } from './common.js';

export async function render() {
  const r = await getJson('/api/v1/cycle');
  const root = h('section', { class: 'view cycle', 'aria-labelledby': 'view-title' });
  root.append(heading(t('cycle'), t('cycleSub')));
  const years = r.cycles.map((c) => c.fiscal_year);
  const dl = (c, ev) => c.deadlines.find((d) => d.event === ev);
  const last = r.cycles[r.cycles.length - 1];
  const lp = dl(last, 'passage');
  root.append(h('div', { class: 'total-card' },
    h('p', { class: 'total-label' }, `FY${last.fiscal_year} · ${t('passage')}`),
    h('p', { class: 'total', id: `cycle-${last.fiscal_year}-passage`, 'data-date': lp.date ?? '' }, lp.date ?? t('unknown')),
    h('p', { class: 'exact' }, `${t('legalDeadline')} ${lp.deadline} · ${t(`outcome_${lp.outcome}`)}`
      + (last.years_since_last_on_time_passage ? ` · ${t('firstOnTimeIn')} ${last.years_since_last_on_time_passage}${t('yearsUnit')}` : ''))));
  const box = h('div', { class: 'chart', id: 'cycle-chart', role: 'img',
    'aria-label': r.cycles.map((c) => `FY${c.fiscal_year} ${t('passage')} ${dl(c, 'passage').days_late ?? '?'}`).join(', ') });
  root.append(box);
  const series = ['submission', 'passage'].map((ev) => ({
    name: t(ev), type: 'scatter', symbolSize: 12,
    data: r.cycles.map((c) => { const d = dl(c, ev); return d && d.days_late !== null ? [d.days_late, String(c.fiscal_year)] : null; }).filter(Boolean),
    label: { show: true, position: 'right', formatter: (p) => `${p.value[0] > 0 ? '+' : ''}${p.value[0]}` },
  }));
  series[1].markLine = { symbol: 'none', lineStyle: { color: '#b00020', type: 'dashed', width: 2 },
    label: { formatter: t('legalDeadline') }, data: [{ xAxis: 0 }] };
  requestAnimationFrame(async () => (await init(box)).setOption({
    aria: { enabled: true }, textStyle: { fontFamily: 'NanumGothic, sans-serif' },
    legend: { top: 0 }, grid: { left: 8, right: 40, top: 40, bottom: 30, containLabel: true },
    tooltip: { formatter: (p) => `FY${p.value[1]} ${p.seriesName}: ${p.value[0]} ${t('daysVsDeadline')}` },
    xAxis: { type: 'value', name: t('daysVsDeadline'), nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: years.map(String), inverse: true },
    series,
  }));
  const rows = [];
  for (const c of r.cycles) {
    for (const e of c.events) {
      const d = e.budget === 'main' ? dl(c, e.event) : null;
      rows.push({ key: `${c.fiscal_year}-${e.budget}-${e.event}`, year: String(c.fiscal_year), budget: e.budget, event: t(e.event), date: e.date,
        deadline: d ? d.deadline : null, days: d ? d.days_late : null, outcome: d ? t(`outcome_${d.outcome}`) : null, source: e.source });
    }
    for (const d of c.deadlines.filter((x) => x.date === null)) {
      rows.push({ key: `${c.fiscal_year}-main-${d.event}`, year: String(c.fiscal_year), budget: 'main', event: t(d.event), date: null,
        deadline: d.deadline, days: null, outcome: t('outcome_unknown'), source: null });
    }
  }
  root.append(sortableTable({
    caption: t('cycle'), rows,
    columns: [
      { key: 'year', name: t('year'), kind: 'text', header: true },
      { key: 'budget', name: t('budget'), kind: 'text' },
      { key: 'event', name: t('event'), kind: 'text' },
      { key: 'date', name: t('date'), kind: 'text', cell: (x) => h('span', { id: `cycle-${x.key}` }, x.date ?? '—') },
      { key: 'deadline', name: t('legalDeadline'), kind: 'text' },
      { key: 'days', name: t('daysVsDeadline'), kind: 'number' },
      { key: 'outcome', name: t('outcome'), kind: 'text' },
      { key: 'source', name: t('source'), kind: 'text', cell: (x) => (x.source ? h('a', { href: x.source.url, rel: 'noopener noreferrer', target: '_blank' }, `${x.source.publisher}, ${x.source.date}`) : '—') },
    ],
  }));
  return root;
}
