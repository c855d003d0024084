// The dashboard's state lives in the address: #/view?dataset=…&year=…, so every view is a permalink.

export function parse() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [view, query] = hash.split('?');
  return { view: view || 'overview', params: new URLSearchParams(query || '') };
}

export function href(view, params) {
  const p = new URLSearchParams(params);
  for (const [k, v] of [...p.entries()]) if (v === '' || v === 'undefined' || v === 'null') p.delete(k);
  const q = p.toString();
  return `#/${view}${q ? '?' + q : ''}`;
}

/** Moves to a view, keeping the current params and applying `changes` (null deletes). */
export function go(view, changes = {}, keep = true) {
  const cur = parse();
  const p = keep ? new URLSearchParams(cur.params) : new URLSearchParams();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  location.hash = href(view, p);
}

export function update(changes) {
  go(parse().view, changes);
}

/** The path of a drill-down: members joined by '|', which no cut value can contain. */
export function pathOf(params) {
  const p = params.get('path');
  return p ? p.split('|') : [];
}

export function pathText(members) {
  return members.join('|');
}

/** The measure, year and stage to show: from the address, else sensible defaults from the slices. */
export function slice(model, params, wanted = {}) {
  const slices = model.slices;
  // Ratios to GDP are percentages, not money: the money views never offer them.
  const measures = model.measures.filter((m) => m.quantity !== 'percent' && slices.some((s) => s.measure === m.id));
  const prefer = ['total_expenditure', 'expenditure', 'expenditure_net'];
  let measure = params.get('measure');
  if (!measures.some((m) => m.id === measure)) {
    measure = (measures.find((m) => prefer.includes(m.id) && (!wanted.stage || slices.some((s) => s.measure === m.id && s.stage === wanted.stage))) || measures[0] || {}).id;
  }
  const years = [...new Set(slices.filter((s) => s.measure === measure).map((s) => s.fiscal_year))].sort((a, b) => a - b);
  let year = Number(params.get('year'));
  if (!years.includes(year)) year = years[years.length - 1];
  const order = ['proposal', 'enacted'];
  const stages = [...new Set(slices.filter((s) => s.measure === measure && s.fiscal_year === year).map((s) => s.stage))]
    .sort((a, b) => (order.indexOf(a) + 1 || 9) - (order.indexOf(b) + 1 || 9) || a.localeCompare(b));
  let stage = params.get('stage');
  if (!stages.includes(stage)) stage = stages.includes('enacted') ? 'enacted' : stages[0];
  return { measures, measure, years, year, stages, stage };
}

/** The levels a drill-down walks: the dataset's first hierarchy, else its levels in order. */
export function drillLevels(model, measure) {
  const h = model.hierarchies && model.hierarchies[0];
  let levels = h ? h.levels : model.levels.map((l) => l.id);
  // Revenue measures have their own levels in the Korean data.
  const revenue = model.hierarchies && model.hierarchies.find((x) => x.levels.some((l) => l.startsWith('revenue')));
  if (revenue && measure && measure.startsWith('revenue')) levels = revenue.levels;
  return levels;
}
