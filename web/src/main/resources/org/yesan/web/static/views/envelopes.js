// Envelopes: a multi-year promise as stacked annual amounts against the promised total, and
// annual themes (AI, R&D) year by year with how many times the year before each amount is.

import { init } from '../chart.js';
import { h, sortableTable } from '../components.js';
import { getJson } from '../api.js';
import { currentLang, label, stageLabel, t } from '../i18n.js';
import { add, money, magnitude } from '../money.js';
import { heading } from './common.js';

function chart(box, option) {
  requestAnimationFrame(async () => (await init(box)).setOption({
    aria: { enabled: true }, textStyle: { fontFamily: 'NanumGothic, sans-serif' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }, ...option,
  }));
}

function multiYear(e, lang) {
  const years = [];
  for (let y = e.from_year; y <= e.to_year; y++) years.push(y);
  const basis = e.fills_with;
  // one figure per year: the most final stage, as the API's progress counts it
  const order = ['plan', 'proposal', 'enacted'];
  const perYear = years.map((y) => e.amounts.filter((a) => a.fiscal_year === y && a.basis === basis)
    .sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage)).pop() || null);
  // the cumulative line stops at the last year with a figure: a year without one is missing, not 0
  const lastWith = perYear.reduce((last, a, i) => (a ? i : last), -1);
  let running = '0';
  const cumulative = perYear.map((a, i) => {
    if (a) running = add(running, a.amount);
    return i <= lastWith ? running : null;
  });
  const p = e.progress;
  const card = h('article', { class: 'envelope-card', id: `envelope-${e.id}` },
    h('h2', {}, label(e.label, e.id)),
    h('p', { class: 'total' },
      h('span', { id: `envelope-${e.id}-total`, 'data-amount': e.total }, money(e.total, lang)),
      ` (${e.from_year}–${e.to_year})`,
      e.public_share ? ` · ${t('public')} ${money(e.public_share, lang)} + ${t('private')} ${money(e.private_share, lang)}` : ''),
    h('p', { class: 'exact' },
      `${t(basis)} ${p.as_of_year}: ${p.at_least ? t('atLeast') + ' ' : ''}`,
      h('span', { id: `envelope-${e.id}-filled`, 'data-amount': p.filled }, money(p.filled, lang)),
      ` · ${t('left')} ${p.left ? money(p.left, lang) : '—'} · ${t('behind')} ${p.behind_schedule ? money(p.behind_schedule, lang) : '—'}`),
    h('p', { class: 'notice' }, t('evenSpreadNote')));
  const box = h('div', { class: 'chart short', id: `envelope-${e.id}-chart`, role: 'img',
    'aria-label': `${label(e.label, e.id)}: ${perYear.map((a, i) => `${years[i]} ${a ? money(a.amount, lang) : '—'}`).join(', ')}` });
  card.append(box);
  chart(box, {
    grid: { left: 8, right: 110, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', max: magnitude(e.total), axisLabel: { formatter: () => '' } },
    series: [
      { name: t('annual'), type: 'bar', stack: 'filled', color: '#1f4e79',
        data: perYear.map((a) => (a ? magnitude(a.amount) : null)),
        label: { show: true, position: 'top', formatter: (x) => (perYear[x.dataIndex] ? money(perYear[x.dataIndex].amount, lang) : '') } },
      { name: t('evenSpread'), type: 'line', color: '#7a7a7a', lineStyle: { type: 'dotted' }, symbol: 'none',
        data: years.map((y, i) => magnitude(e.total) * (i + 1) / years.length) },
      { name: t('cumulative'), type: 'line', color: '#8a5a00', data: cumulative.map((c) => (c === null ? null : magnitude(c))),
        markLine: { symbol: 'none', lineStyle: { color: '#b00020', type: 'dashed' },
          label: { formatter: `${t('promise')} ${money(e.total, lang)}` }, data: [{ yAxis: magnitude(e.total) }] } },
    ],
  });
  return card;
}

function annual(e, lang) {
  const years = [...new Set(e.amounts.map((a) => a.fiscal_year))].sort();
  const stages = [...new Set(e.amounts.map((a) => a.stage))];
  const card = h('article', { class: 'envelope-card', id: `envelope-${e.id}` }, h('h2', {}, label(e.label, e.id)));
  const box = h('div', { class: 'chart short', id: `envelope-${e.id}-chart`, role: 'img',
    'aria-label': e.amounts.map((a) => `${a.fiscal_year} ${stageLabel(a.stage)} ${money(a.amount, lang)}`).join(', ') });
  card.append(box);
  chart(box, {
    legend: { top: 0 }, tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: () => '' } },
    series: stages.map((s) => {
      const at = years.map((y) => e.amounts.find((a) => a.fiscal_year === y && a.stage === s) || null);
      return { name: stageLabel(s), type: 'bar', data: at.map((a) => (a ? magnitude(a.amount) : null)),
        label: { show: true, position: 'top', formatter: (x) => (at[x.dataIndex] ? money(at[x.dataIndex].amount, lang) : '') } };
    }),
  });
  return card;
}

export async function render() {
  const lang = currentLang();
  const r = await getJson('/api/v1/envelopes');
  const root = h('section', { class: 'view envelopes', 'aria-labelledby': 'view-title' });
  root.append(heading(t('envelopes'), t('envelopesSub')));
  for (const e of r.envelopes) root.append(e.multi_year ? multiYear(e, lang) : annual(e, lang));
  const rows = r.envelopes.flatMap((e) => e.amounts.map((a) => ({
    key: `${e.id}-${a.fiscal_year}-${a.stage}-${a.basis}`,
    envelope: label(e.label, e.id), year: String(a.fiscal_year), stage: stageLabel(a.stage), basis: t(a.basis),
    amount: a.amount, readable: `${a.bound === 'at_least' ? t('atLeast') + ' ' : ''}${money(a.amount, lang)}`,
    times: a.times_prior_year, source: a.source,
  })));
  root.append(sortableTable({
    caption: t('envelopes'), rows,
    columns: [
      { key: 'envelope', name: t('envelopes'), kind: 'text', header: true },
      { key: 'year', name: t('year'), kind: 'text' },
      { key: 'stage', name: t('stage'), kind: 'text' },
      { key: 'basis', name: t('basis'), kind: 'text' },
      { key: 'readable', name: t('amount'), kind: 'text', cell: (x) => h('span', { id: `amount-${x.key}`, 'data-amount': x.amount }, x.readable) },
      { key: 'amount', name: t('exact'), kind: 'amount' },
      { key: 'times', name: t('timesPriorYear'), kind: 'number', cell: (x) => (x.times ? `×${x.times}` : '—') },
      { key: 'source', name: t('source'), kind: 'text', cell: (x) => h('a', { href: x.source.url, rel: 'noopener noreferrer', target: '_blank' }, `${x.source.publisher}, ${x.source.date}`) },
    ],
  }));
  return root;
}
