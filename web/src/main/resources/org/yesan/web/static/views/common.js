// Controls every data view shares: dataset, measure, year and stage selectors.

import { h, select, controls } from '../components.js';
import { glossaryName, label, stageLabel, t } from '../i18n.js';
import { update } from '../state.js';

export function datasetSelect(ctx, current) {
  return select(t('dataset'), ctx.datasets.map((d) => ({ value: d.name, label: d.title ? `${d.name} — ${d.title}` : d.name })),
    current, (v) => update({ dataset: v, measure: null, year: null, stage: null, path: null, node: null }), 'dataset');
}

export function sliceControls(ctx, state, model, s, opts = {}) {
  const items = [datasetSelect(ctx, state.params.get('dataset'))];
  items.push(select(t('measure'), s.measures.map((m) => ({ value: m.id, label: label(m.label, m.id) })), s.measure,
    (v) => update({ measure: v, path: null }), 'measure'));
  if (!opts.noYear) {
    items.push(select(t('year'), s.years.slice().reverse().map((y) => ({ value: y, label: String(y) })), s.year,
      (v) => update({ year: v }), 'year'));
  }
  if (!opts.noStage) {
    items.push(select(t('stage'), s.stages.map((x) => ({ value: x, label: stageLabel(x) })), s.stage,
      (v) => update({ stage: v }), 'stage'));
  }
  return controls(...items, ...(opts.extra || []));
}

export function heading(text, sub) {
  return h('div', { class: 'view-head' }, h('h1', { tabindex: '-1', id: 'view-title' }, text), sub ? h('p', { class: 'sub' }, sub) : null);
}

/**
 * A member's shown name: the label the API gave, else (in English) the glossary's name, else the
 * member itself, else (none).
 */
export function memberName(member, labels) {
  if (member === null || member === undefined || member === '') return t('none');
  const l = labels && labels[member];
  // a label whose English is the member itself (a 열린재정 분야) is no translation: ask the glossary
  return l && l.en !== member ? label(l, member) : glossaryName(member);
}
