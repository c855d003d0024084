// Calls to the Yesan API on the same origin; a problem answer becomes an Error with its detail.

export async function getJson(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = path + (q.toString() ? '?' + q.toString() : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  return read(r);
}

export async function postText(path, text, params = {}) {
  const q = new URLSearchParams(params);
  const url = path + (q.toString() ? '?' + q.toString() : '');
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  });
  return read(r);
}

async function read(r) {
  const body = await r.text();
  let json;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new Error(`${r.status}: ${body.slice(0, 200)}`);
  }
  if (!r.ok) {
    throw new Error(json.detail || json.title || String(r.status));
  }
  return json;
}

const models = new Map();

/** A dataset's model (levels, hierarchies, measures, slices), fetched once. */
export async function model(name) {
  if (!models.has(name)) {
    models.set(name, getJson(`/api/v1/datasets/${encodeURIComponent(name)}`));
  }
  return models.get(name);
}

/** The cut text for a list of [dimension, value] pairs. */
export function cutText(pairs) {
  return pairs
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([d, v]) => `${d}:${v}`)
    .join('|');
}
