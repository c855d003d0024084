// Building blocks shared by the views: form controls, the sortable table, downloads, permalink.

import { cmp, exactGrouped } from './money.js';
import { t } from './i18n.js';

/** An element with attributes and children; strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

let ids = 0;

/** A labelled select; options are [{value, label}]. */
export function select(labelText, options, value, onChange, name) {
  const id = `ctl-${name || ++ids}`;
  const s = h('select', { id, name: name || id, onchange: (e) => onChange(e.target.value) },
    options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value) }, o.label)));
  return h('label', { class: 'control', for: id }, h('span', {}, labelText), s);
}

export function controls(...items) {
  return h('div', { class: 'controls', role: 'group' }, items);
}

/**
 * A table whose headers sort it (click or Enter), with the rows a view shows.
 * columns: [{key, name, kind: text|amount|number|percent, cell?(row) → Node|string}]
 * highlight(row) marks rows in bold (largest movers).
 */
export function sortableTable(spec) {
  const { columns, caption } = spec;
  let rows = spec.rows.slice();
  let sortKey = null;
  let asc = true;
  const tbody = h('tbody');
  const headCells = columns.map((c, i) => {
    const btn = h('button', { type: 'button', class: 'sort', 'data-key': c.key,
      onclick: () => sortBy(i) }, c.name);
    return h('th', { scope: 'col', class: c.kind !== 'text' ? 'num' : '', 'aria-sort': 'none' }, btn);
  });
  function compare(a, b, c) {
    const x = a[c.key];
    const y = b[c.key];
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    if (c.kind === 'text') return String(x).localeCompare(String(y), 'ko');
    return cmp(String(x), String(y));
  }
  function sortBy(i) {
    const c = columns[i];
    asc = sortKey === c.key ? !asc : c.kind === 'text';
    sortKey = c.key;
    // a row without the figure (—) sorts last in either direction
    const missing = (r) => r[c.key] === null || r[c.key] === undefined;
    rows.sort((a, b) => (missing(a) - missing(b)) || (asc ? 1 : -1) * compare(a, b, c));
    headCells.forEach((th, j) =>
      th.setAttribute('aria-sort', j === i ? (asc ? 'ascending' : 'descending') : 'none'));
    fill();
  }
  function fill() {
    tbody.replaceChildren(...rows.map((r) => h('tr', { class: spec.highlight && spec.highlight(r) ? 'mover' : '' },
      columns.map((c) => {
        const v = c.cell ? c.cell(r) : r[c.key];
        // a missing figure reads "—", never blank and never 0
        const shown = v === null || v === undefined || v === '' ? '—' : (!c.cell && c.kind === 'amount') ? exactGrouped(v) : v;
        return h(c.header ? 'th' : 'td', { class: c.kind !== 'text' ? 'num' : '', scope: c.header ? 'row' : null }, shown);
      }))));
  }
  fill();
  const table = h('table', { class: 'data' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headCells)), tbody);
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || spec.title }, table);
}

/** The CSV text of a shown table: BOM, header, CRLF lines, exact values. */
export function csvText(shown) {
  const q = (v) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const lines = [shown.columns.map((c) => q(c.name)).join(',')];
  for (const r of shown.rows) lines.push(r.map(q).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function save(blob, file) {
  const a = h('a', { href: URL.createObjectURL(blob), download: file });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

/**
 * CSV and XLSX buttons for what a view shows. shown() → {title, columns: [{name, kind}], rows: [[…]]}
 * with exact decimal strings for amounts.
 */
export function downloads(shown) {
  const csv = h('button', { type: 'button', class: 'download', 'data-format': 'csv', onclick: () => {
    const s = shown();
    save(new Blob([csvText(s)], { type: 'text/csv;charset=utf-8' }), `${s.title}.csv`);
  } }, t('csv'));
  const xlsx = h('button', { type: 'button', class: 'download', 'data-format': 'xlsx', onclick: async () => {
    const s = shown();
    const r = await fetch('/export/xlsx', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(s) });
    if (!r.ok) { alert(`${t('error')}: ${r.status}`); return; }
    save(await r.blob(), `${s.title}.xlsx`);
  } }, t('xlsx'));
  return h('div', { class: 'downloads' }, csv, xlsx, permalink());
}

/** The address of what is shown now, with a copy button. */
export function permalink() {
  const url = location.href;
  const link = h('a', { href: url, class: 'permalink' }, t('permalink'));
  const copy = h('button', { type: 'button', onclick: async () => {
    try { await navigator.clipboard.writeText(location.href); copy.textContent = t('copied'); } catch (e) { /* no clipboard: the link still works */ }
  } }, t('copy'));
  return h('span', { class: 'permalink-box' }, link, ' ', copy);
}

export function shownFrom(title, columns, rows) {
  return {
    title,
    columns: columns.map((c) => ({ name: c.name, kind: c.kind || 'text' })),
    rows: rows.map((r) => columns.map((c) => (r[c.key] === undefined ? null : r[c.key]))),
  };
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function failure(e) {
  return h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`);
}
