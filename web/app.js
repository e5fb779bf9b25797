// app.js: the page of dyad serve. Plain JavaScript and SVG, nothing fetched
// but the server's own /api/ (works offline). Filters live in the URL.
'use strict';

const FILTERS = ['from', 'to', 'source', 'target', 'code', 'root', 'quad', 'plover', 'text'];
const PAGE = 50;
const QUAD_COLOURS = ['#7fb3e6', '#1f5fa8', '#f0a040', '#c0392b'];
const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict',
  'material conflict'];
const SVG = 'http://www.w3.org/2000/svg';
const state = { filters: {}, per: 'month', offset: 0, event: '' };

const $ = (id) => document.getElementById(id);

// An element with attributes and children (strings become text).
function el(tag, attrs, ...kids) {
  const svg = ['svg', 'g', 'rect', 'line', 'circle', 'text', 'polyline', 'title', 'path',
    'defs', 'marker'].includes(tag);
  const e = svg ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

class ApiError extends Error {
  constructor(message, parameter) { super(message); this.parameter = parameter; }
}

async function api(path, options) {
  const r = await fetch(path, options);
  let body;
  try { body = await r.json(); } catch (e) { throw new ApiError(`${r.status} from ${path}`); }
  if (!r.ok) throw new ApiError(body.error || `${r.status}`, body.parameter);
  return body;
}

function query(extra) {
  const p = new URLSearchParams();
  for (const f of FILTERS) if (state.filters[f]) p.set(f, state.filters[f]);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

// ---- the URL and the form

function readURL() {
  const p = new URLSearchParams(location.search);
  for (const f of FILTERS) state.filters[f] = p.get(f) || '';
  state.per = p.get('per') || 'month';
  state.offset = Math.max(0, parseInt(p.get('offset'), 10) || 0);
  state.event = p.get('event') || '';
}

function writeURL(push) {
  const extra = {};
  if (state.per !== 'month') extra.per = state.per;
  if (state.offset) extra.offset = state.offset;
  if (state.event) extra.event = state.event;
  const url = location.pathname + query(extra);
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

function fillForm() {
  for (const f of FILTERS) setValue($('f-' + f), state.filters[f]);
  setValue($('f-per'), state.per);
}

// The value, also as the attribute, so that a saved page shows it too.
function setValue(input, v) {
  input.value = v;
  if (input.tagName === 'SELECT') {
    for (const o of input.options) o.toggleAttribute('selected', o.value === v);
  } else input.setAttribute('value', v);
}

function readForm() {
  for (const f of FILTERS) state.filters[f] = $('f-' + f).value.trim();
  state.per = $('f-per').value;
}

function showError(e) {
  document.querySelectorAll('.bad').forEach((x) => x.classList.remove('bad'));
  const box = $('error');
  if (!e) { box.hidden = true; return; }
  box.hidden = false;
  box.textContent = e.parameter ? `${e.parameter}: ${e.message}` : e.message;
  const input = e.parameter && $('f-' + e.parameter);
  if (input) input.classList.add('bad');
}

// ---- the timeline

function drawTimeline(data) {
  const svg = $('timeline');
  svg.replaceChildren();
  const W = 860, H = 240, L = 44, R = 40, T = 10, B = 30;
  const periods = data.periods;
  $('tl-note').textContent = `${periods.length} ${data.per}${periods.length === 1 ? '' : 's'}`;
  if (!periods.length) {
    svg.append(el('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dated events'));
    return;
  }
  const max = Math.max(...periods.map((p) => p.events));
  const bw = (W - L - R) / periods.length;
  const y = (n) => H - B - (n / max) * (H - T - B);
  const gy = (g) => T + ((10 - g) / 20) * (H - T - B);
  // axes: counts on the left, Goldstein on the right
  svg.append(el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' }));
  for (const n of [0, max]) {
    svg.append(el('text', { x: L - 4, y: y(n) + 4, 'text-anchor': 'end' }, n));
  }
  for (const g of [-10, 0, 10]) {
    svg.append(el('text', { x: W - R + 4, y: gy(g) + 4 }, (g > 0 ? '+' : '') + g));
    svg.append(el('line', { x1: L, y1: gy(g), x2: W - R, y2: gy(g), stroke: '#eee' }));
  }
  const bars = el('g', { class: 'bars' });
  const every = Math.ceil(periods.length / 12);
  periods.forEach((p, i) => {
    let base = 0;
    const x = L + i * bw;
    // one group per period; its bars carry their counts (tests read them)
    const stack = el('g', { class: 'period', 'data-period': p.period, 'data-events': p.events });
    p.quad.forEach((n, q) => {
      if (!n) return;
      const r = el('rect', { x: x + bw * 0.1, y: y(base + n), width: Math.max(1, bw * 0.8),
        height: y(base) - y(base + n), fill: QUAD_COLOURS[q], 'data-quad': q + 1, 'data-n': n });
      r.append(el('title', {}, `${p.period}: ${n} ${QUAD_NAMES[q]}`));
      stack.append(r);
      base += n;
    });
    bars.append(stack);
    if (i % every === 0) {
      svg.append(el('text', { x: x + bw / 2, y: H - B + 14, 'text-anchor': 'middle' }, p.period));
    }
  });
  svg.append(bars);
  const pts = periods.map((p, i) => `${L + (i + 0.5) * bw},${gy(p.goldstein)}`).join(' ');
  svg.append(el('polyline', { points: pts, fill: 'none', stroke: '#222', 'stroke-width': 2 }));
  periods.forEach((p, i) => {
    const c = el('circle', { cx: L + (i + 0.5) * bw, cy: gy(p.goldstein), r: 3, fill: '#222' });
    c.append(el('title', {}, `${p.period}: ${p.events} events, mean Goldstein ${p.goldstein}`));
    svg.append(c);
  });
}

// ---- the network

// Red (-10) through grey (0) to blue (+10).
function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150], red = [192, 57, 43], blue = [31, 95, 168];
  const to = t < 0 ? red : blue, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c.join(',')})`;
}

function drawNetwork(data) {
  const svg = $('network');
  svg.replaceChildren();
  const edges = data.edges;
  const size = new Map();
  for (const e of edges) {
    size.set(e.source, (size.get(e.source) || 0) + e.events);
    size.set(e.target, (size.get(e.target) || 0) + e.events);
  }
  $('nw-note').textContent = `${size.size} actors, ${edges.length} pairs`;
  if (!edges.length) {
    svg.append(el('text', { x: 260, y: 260, 'text-anchor': 'middle' }, 'no events'));
    return;
  }
  const nodes = [...size.keys()].sort((a, b) => size.get(b) - size.get(a) || (a < b ? -1 : 1));
  const max = Math.max(...size.values());
  const pos = new Map();
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos.set(n, [260 + 200 * Math.cos(a), 260 + 200 * Math.sin(a)]);
  });
  const radius = (n) => 5 + 16 * Math.sqrt(size.get(n) / max);
  const defs = el('defs', {});
  defs.append(el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
  el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#777' })));
  svg.append(defs);
  const emax = Math.max(...edges.map((e) => e.events));
  for (const e of edges) {
    const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
    const d = Math.hypot(x2 - x1, y2 - y1) || 1, r = radius(e.target) + 2;
    const line = el('line', { x1, y1, x2: x2 - ((x2 - x1) / d) * r, y2: y2 - ((y2 - y1) / d) * r,
      stroke: goldsteinColour(e.goldstein), 'stroke-width': 1 + 4 * (e.events / emax),
      'stroke-opacity': 0.8, 'marker-end': 'url(#arrow)', 'data-source': e.source,
      'data-target': e.target, 'data-events': e.events });
    line.append(el('title', {}, `${e.source} → ${e.target}: ${e.events} events, ` +
      `mean Goldstein ${e.goldstein}`));
    svg.append(line);
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n);
    const g = el('g', { class: 'node', 'data-actor': n });
    g.append(el('circle', { cx: x, cy: y, r: radius(n), fill: '#fff', stroke: '#333' }),
      el('text', { x, y: y + radius(n) + 12, 'text-anchor': 'middle' }, n),
      el('title', {}, `${n}: ${size.get(n)} events`));
    g.addEventListener('click', () => {
      state.filters.source = n;
      state.offset = 0;
      fillForm();
      writeURL(true);
      loadAll();
    });
    svg.append(g);
  }
}

// ---- the table and the sentence

function drawTable(data) {
  const body = $('events').tBodies[0];
  body.replaceChildren();
  for (const ev of data.events) {
    const tr = el('tr', { 'data-event': ev.event_id },
      el('td', {}, ev.date || ''), el('td', {}, ev.source), el('td', {}, ev.target),
      el('td', { title: ev.cameo_label || '' }, ev.code), el('td', {}, ev.quad),
      el('td', {}, ev.goldstein), el('td', { class: 'sent' }, ev.sentence || ''));
    tr.addEventListener('click', () => openStory(ev.story_id, ev.event_id));
    body.append(tr);
  }
  const n = data.events.length;
  $('ev-note').textContent = n ? `${state.offset + 1}–${state.offset + n} of ${data.total}`
    : `none of ${data.total}`;
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + n >= data.total;
}

// `text` with the spans (offsets in characters from `base`) marked.
function highlighted(text, base, marks) {
  const chars = Array.from(text);
  const cls = new Array(chars.length).fill('');
  for (const [span, c] of marks) {
    if (!span) continue;
    for (let i = span[0] - base; i < span[1] - base; i++) if (i >= 0 && i < chars.length) cls[i] = c;
  }
  const out = el('p', { class: 'sentence' });
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && cls[j] === cls[i]) j++;
    const s = chars.slice(i, j).join('');
    out.append(cls[i] ? el('mark', { class: cls[i] }, s) : s);
    i = j;
  }
  return out;
}

function eventMarks(ev) {
  return [[ev.source_span, 'src'], [ev.verb_span, 'verb'], [ev.target_span, 'tgt']];
}

function sentenceOf(story, ev) {
  const sp = ev.sentence_span;
  if (ev.sentence && sp) return highlighted(ev.sentence, sp[0], eventMarks(ev));
  if (story.text) return highlighted(story.text, 0, eventMarks(ev));
  return el('p', { class: 'sentence' }, ev.sentence || '');
}

// The story of an event id ("<story>-<sentence>-<k>").
const storyOf = (eventId) => eventId.replace(/-\d+-\d+$/, '');

async function openStory(id, eventId) {
  document.querySelectorAll('tr.open').forEach((r) => r.classList.remove('open'));
  const row = document.querySelector(`tr[data-event="${CSS.escape(eventId)}"]`);
  if (row) row.classList.add('open');
  if (state.event !== eventId) {
    state.event = eventId;
    writeURL(false);
  }
  const box = $('story');
  try {
    const data = await api('api/stories/' + encodeURIComponent(id));
    const s = data.story;
    const show = (ev) => {
      box.setAttribute('data-event', ev.event_id);
      box.replaceChildren(
        el('h3', {}, s.title || s.story_id),
        el('p', { class: 'muted' }, `${s.story_id} · ${s.date || 'no date'}`),
        el('p', {}, el('b', {}, `${ev.source} → ${ev.target}`), ` ${ev.code} ${ev.cameo_label || ''}`),
        sentenceOf(s, ev),
        el('p', { class: 'legend' }, el('mark', { class: 'src' }, 'source'), ' ',
          el('mark', { class: 'verb' }, 'verb'), ' ', el('mark', { class: 'tgt' }, 'target')),
        list);
      list.querySelectorAll('li').forEach((li) =>
        li.classList.toggle('open', li.dataset.event === ev.event_id));
    };
    const list = el('ul', { class: 'events-list' });
    for (const ev of data.events) {
      const li = el('li', { 'data-event': ev.event_id },
        `${ev.sentence_id}: ${ev.source} → ${ev.target} ${ev.code}`);
      li.addEventListener('click', () => openStory(ev.story_id, ev.event_id));
      list.append(li);
    }
    show(data.events.find((e) => e.event_id === eventId) || data.events[0]);
  } catch (e) {
    box.replaceChildren(el('p', { class: 'error' }, e.message));
  }
}

// ---- code this text

async function codeText(ev) {
  ev.preventDefault();
  const out = $('code-out');
  const text = $('code-text').value;
  const body = { text };
  if ($('code-date').value) body.date = $('code-date').value;
  out.replaceChildren(el('p', { class: 'muted' }, 'coding…'));
  try {
    const data = await api('api/code', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    out.replaceChildren(el('p', { class: 'muted' },
      `${data.events.length} event${data.events.length === 1 ? '' : 's'} in ` +
      `${data.sentences} sentence${data.sentences === 1 ? '' : 's'}`));
    const chars = Array.from(text);
    for (const e of data.events) {
      const spans = [e.source_span, e.verb_span, e.target_span].filter(Boolean);
      const from = Math.max(0, Math.min(...spans.map((s) => s[0])) - 60);
      const to = Math.min(chars.length, Math.max(...spans.map((s) => s[1])) + 60);
      out.append(el('p', {}, el('b', {}, `${e.source} → ${e.target}`),
        ` ${e.code} ${e.cameo_label || ''} (quad ${e.quad}, Goldstein ${e.goldstein})`),
      highlighted(chars.slice(from, to).join(''), from, eventMarks(e)));
    }
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, e.parameter ? `${e.parameter}: ${e.message}`
      : e.message));
  }
}

// ---- loading

async function loadTable() {
  drawTable(await api('api/events' + query({ limit: PAGE, offset: state.offset })));
}

let loads = 0;  // finished loads, on <body data-loads>: a test waits for the next one
async function loadAll() {
  document.body.setAttribute('data-ready', 'no');
  showError(null);
  try {
    const [tl, nw] = await Promise.all([api('api/timeline' + query({ per: state.per })),
      api('api/dyads' + query({ top: 40 })), loadTable()]);
    drawTimeline(tl);
    drawNetwork(nw);
    if (state.event) await openStory(storyOf(state.event), state.event);
    document.body.setAttribute('data-ready', 'yes');
  } catch (e) {
    showError(e);
    document.body.setAttribute('data-ready', 'error');
  }
  document.body.setAttribute('data-loads', ++loads);
}

let suggestTimer;
function suggest(input) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const q = input.value.trim();
    if (!/^[A-Za-z0-9]{1,32}$/.test(q)) return;
    try {
      const data = await api('api/actors?' + new URLSearchParams({ q, limit: 15 }));
      $('actors').replaceChildren(...data.actors.map((a) =>
        el('option', { value: a.code }, `${a.events} events`)));
    } catch (e) { /* suggestions only */ }
  }, 200);
}

function init() {
  readURL();
  fillForm();
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    readForm();
    state.offset = 0;
    writeURL(true);
    loadAll();
  });
  $('clear').addEventListener('click', () => {
    for (const f of FILTERS) state.filters[f] = '';
    state.offset = 0;
    fillForm();
    writeURL(true);
    loadAll();
  });
  const page = (d) => {
    state.offset = Math.max(0, state.offset + d);
    writeURL(true);
    loadTable().catch(showError);
  };
  $('prev').addEventListener('click', () => page(-PAGE));
  $('next').addEventListener('click', () => page(PAGE));
  $('f-source').addEventListener('input', (e) => suggest(e.target));
  $('f-target').addEventListener('input', (e) => suggest(e.target));
  $('code-form').addEventListener('submit', codeText);
  window.addEventListener('popstate', () => { readURL(); fillForm(); loadAll(); });
  loadAll();
}

init();
