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
  const given = measures.some((m) => m.id === measure);
  if (!given) {
    measure = (measures.find((m) => prefer.includes(m.id) && (!wanted.stage || slices.some((s) => s.measure === m.id && s.stage === wanted.stage))) || measures[0] || {}).id;
    // A landing page shows a breakdown: when the preferred measure has one figure per slice (the
    // headline total), open the measure whose latest year has the most members (its sectors).
    if (wanted.breakdown) {
      const widest = (id) => Math.max(0, ...slices.filter((s) => s.measure === id && s.fiscal_year === latestYear(slices, id)).map((s) => s.count || 0));
      if (widest(measure) <= 1) {
        const better = measures.map((m) => m.id).filter((id) => widest(id) > 1).sort((a, b) => widest(b) - widest(a))[0];
        if (better) measure = better;
      }
    }
  }
  const years = [...new Set(slices.filter((s) => s.measure === measure).map((s) => s.fiscal_year))].sort((a, b) => a - b);
  let year = Number(params.get('year'));
  if (!years.includes(year)) year = years[years.length - 1];
  const order = ['proposal', 'enacted'];
  const stages = [...new Set(slices.filter((s) => s.measure === measure && s.fiscal_year === year).map((s) => s.stage))]
    .sort((a, b) => (order.indexOf(a) + 1 || 9) - (order.indexOf(b) + 1 || 9) || a.localeCompare(b));
  let stage = params.get('stage');
  if (!stages.includes(stage)) {
    // the stage with the most figures that year (12 enacted sectors over 11 proposed), enacted on a tie
    const facts = (st) => Math.max(0, ...slices.filter((x) => x.measure === measure && x.fiscal_year === year && x.stage === st).map((x) => x.count || 0));
    const ranked = stages.slice().sort((a, b) => facts(b) - facts(a) || (b === 'enacted') - (a === 'enacted'));
    stage = ranked[0];
  }
  return { measures, measure, years, year, stages, stage };
}

function latestYear(slices, measure) {
  return Math.max(...slices.filter((s) => s.measure === measure).map((s) => s.fiscal_year));
}

/**
 * The levels a drill-down walks: the dataset's first hierarchy, else its levels in order. Given
 * `filled`, the levels at which the measure has members (GET …/compare/levels), the walk follows
 * the hierarchy that covers most of them and keeps only those, so that no view offers a level
 * the measure has no member at.
 */
export function drillLevels(model, measure, filled) {
  if (filled) {
    const covered = (levels) => levels.filter((l) => filled.includes(l));
    const walked = (model.hierarchies || []).map((x) => covered(x.levels))
      .reduce((best, x) => (x.length > best.length ? x : best), []);
    return walked.length ? walked : covered(model.levels.map((l) => l.id));
  }
  const h = model.hierarchies && model.hierarchies[0];
  let levels = h ? h.levels : model.levels.map((l) => l.id);
  // Revenue measures have their own levels in the Korean data.
  const revenue = model.hierarchies && model.hierarchies.find((x) => x.levels.some((l) => l.startsWith('revenue')));
  if (revenue && measure && measure.startsWith('revenue')) levels = revenue.levels;
  return levels;
}
