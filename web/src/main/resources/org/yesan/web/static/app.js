// The dashboard shell: header, KO/EN switch, navigation, and the view named in the address.

import { h, failure, loading } from './components.js';
import { setLang, setGlossary, glossaryHasTranslations, currentLang, t } from './i18n.js';
import { parse, href } from './state.js';
import { getJson } from './api.js';
import * as overview from './views/overview.js';
import * as series from './views/series.js';
import * as compare from './views/compare.js';
import * as themes from './views/themes.js';
import * as claims from './views/claims.js';
import * as search from './views/search.js';
import * as targets from './views/targets.js';
import * as envelopes from './views/envelopes.js';
import * as cycle from './views/cycle.js';

const VIEWS = {
  overview: overview.render,
  series: series.render,
  compare: compare.render,
  assembly: compare.renderAssembly,
  themes: themes.render,
  claims: claims.render,
  search: search.render,
  targets: targets.render,
  envelopes: envelopes.render,
  cycle: cycle.render,
};

let datasets = null;
let rendering = 0;

async function show() {
  const state = parse();
  setLang(state.params.get('lang') || 'ko');
  const ticket = ++rendering;
  // embed=1 shows the view's heading and chart alone, for an iframe on another page
  document.body.classList.toggle('embed', state.params.get('embed') === '1');
  if (!datasets) {
    const [list, glossary] = await Promise.all([getJson('/api/v1/datasets'),
      fetch('/static/glossary.json').then((r) => (r.ok ? r.json() : null)).catch(() => null)]);
    datasets = list.datasets;
    setGlossary(glossary);
  }
  if (!state.params.get('dataset') && datasets.length) {
    const preferred = datasets.find((d) => d.name === 'kr-headline') || datasets[0];
    state.params.set('dataset', preferred.name);
  }
  header(state);
  const main = document.getElementById('view');
  main.replaceChildren(loading());
  const render = VIEWS[state.view] || VIEWS.overview;
  try {
    const content = await render(state, { datasets });
    if (ticket === rendering) main.replaceChildren(content);
  } catch (e) {
    if (ticket === rendering) main.replaceChildren(failure(e));
    console.error(e);
  }
  document.title = `${t(state.view in VIEWS ? state.view : 'overview')} · ${t('title')}`;
}

function header(state) {
  const common = new URLSearchParams();
  for (const k of ['dataset', 'lang']) if (state.params.get(k)) common.set(k, state.params.get(k));
  const nav = document.getElementById('nav');
  nav.replaceChildren(...Object.keys(VIEWS).map((v) => h('a', {
    href: href(v, v === state.view ? state.params : common),
    'aria-current': v === state.view ? 'page' : null,
    id: `nav-${v}`,
  }, t(v))));
  document.getElementById('brand').textContent = t('title');
  const other = currentLang() === 'ko' ? 'en' : 'ko';
  const p = new URLSearchParams(state.params);
  p.set('lang', other);
  const sw = document.getElementById('lang');
  sw.textContent = t('lang');
  sw.setAttribute('href', href(state.view, p));
  sw.setAttribute('lang', other);
  // official English names come with a source; say so where a name is only Yesan's translation
  const note = document.getElementById('glossary-note');
  note.hidden = currentLang() !== 'en' || !glossaryHasTranslations();
  note.textContent = note.hidden ? '' : t('glossaryNote');
}

window.addEventListener('hashchange', show);
show();
