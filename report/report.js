/* report.js: the interface of wiretrace's HTML report. Reads the run's
 * results from the JSON element the page carries and draws, on demand,
 * one view at a time: a story (timeline, articles, reused passages,
 * quotes), an article (clean text, junk greyed with its reason, quotes
 * and reused passages marked), a reused passage side by side, the graph
 * of who cites and who copies whom (cytoscape), quotes by speaker, an
 * outlet. The address's #fragment names the view, so Back works. Only
 * what is on screen is built: lists grow by pages, texts are laid out
 * when opened, so a report of many thousand articles stays responsive. */
(function () {
  'use strict';

  const D = JSON.parse(document.getElementById('wt-data').textContent);
  const PAGE = 200; /* list items drawn at a time */

  /* ---- The data, indexed ---- */

  const docs = D.docs.map((r, i) => ({
    i, id: r[0], title: r[1], outlet: r[2], date: r[3], story: r[4], source: r[5], byline: r[6],
    time: r[3] ? Date.parse(r[3]) : NaN,
  }));
  const byDoc = (rows, col) => {
    const m = new Map();
    rows.forEach((r, k) => {
      const d = r[col];
      if (!m.has(d)) m.set(d, []);
      m.get(d).push(k);
    });
    return m;
  };
  const junkOf = byDoc(D.junk, 0);
  const quotesOf = byDoc(D.quotes, 0);
  const passagesOf = new Map();
  D.passages.forEach((p, k) => {
    for (const d of [p[0], p[1]]) {
      if (!passagesOf.has(d)) passagesOf.set(d, []);
      passagesOf.get(d).push(k);
    }
  });
  const outletName = (k) => (k >= 0 ? D.outlets[k] : null);
  const docTitle = (d) => d.title || d.id;

  const stories = D.stories.map((s, k) => {
    const members = s[2].map((i) => docs[i]);
    const times = members.map((d) => d.time).filter((t) => !isNaN(t));
    const outlets = new Set(members.map((d) => d.outlet).filter((o) => o >= 0));
    return {
      k, label: s[0], first: s[1], docs: s[2], outlets,
      start: times.length ? Math.min(...times) : NaN, end: times.length ? Math.max(...times) : NaN,
    };
  });
  const storyOrder = stories.slice().sort((x, y) => y.docs.length - x.docs.length ||
    (isNaN(x.start) ? 1 : 0) - (isNaN(y.start) ? 1 : 0) || x.start - y.start || x.k - y.k);

  /* The quoted parts of an attribution's content: a quotation split by
   * its attribution ('...," she said. "...') or running over paragraphs is
   * one attribution, and each part is grouped with the same words
   * elsewhere. */
  const SPLIT = /["\u201d]\s[^"\u201c\u201d]{1,120}?\s?["\u201c]|\n\s*\n\s*["\u201c]/;
  function quoteParts(k) {
    const q = D.quotes[k];
    const parts = sliceText(q[0], q[2], q[3]).split(SPLIT).map((t) => t.trim()).filter((t) => t.length > 0);
    return parts.length ? parts : [''];
  }
  /* Adds quote k's parts to the quotations of its speaker in groups. */
  function group(groups, k) {
    const who = D.quotes[k][4];
    if (!groups.has(who)) groups.set(who, new Map());
    const g = groups.get(who);
    for (const text of quoteParts(k)) {
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      if (!g.has(key)) g.set(key, { text, quotes: [] });
      g.get(key).quotes.push(k);
    }
  }

  /* Quotes by speaker: each distinct quotation once, with its articles. */
  const speakers = new Map();
  function speakerQuotes() {
    if (speakers.size || !D.quotes.length) return speakers;
    D.quotes.forEach((q, k) => {
      if (q[4] >= 0 && q[1]) group(speakers, k);
    });
    return speakers;
  }

  /* ---- Byte offsets to string positions ---- */

  const offsetCache = new Map();
  /* For document i, a function from a UTF-8 byte offset to a UTF-16 index. */
  function b2u(i) {
    let f = offsetCache.get(i);
    if (f) return f;
    const t = D.texts[i];
    const byteAt = new Float64Array(t.length + 1);
    let b = 0;
    for (let u = 0; u < t.length; u++) {
      byteAt[u] = b;
      const c = t.charCodeAt(u);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c < 0xdc00) b += 4;
      else if (c >= 0xdc00 && c < 0xe000) b += 0;
      else b += 3;
    }
    byteAt[t.length] = b;
    f = (x) => {
      let lo = 0, hi = t.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byteAt[mid] < x) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    if (offsetCache.size > 64) offsetCache.clear();
    offsetCache.set(i, f);
    return f;
  }
  function sliceText(i, s, e) {
    const f = b2u(i);
    return D.texts[i].slice(f(s), f(e));
  }

  /* ---- Small DOM helpers ---- */

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const kid of kids) if (kid !== null && kid !== undefined) e.append(kid);
    return e;
  }
  const link = (text, hash, attrs) => el('a', Object.assign({ href: '#' + hash, text }, attrs || {}));
  const fmtDate = (t, full) => (isNaN(t) ? 'undated' :
    new Date(t).toISOString().slice(0, full ? 16 : 10).replace('T', ' '));
  const plural = (n, w, many) => n + ' ' + (n === 1 ? w : many || w + 's');
  const docLink = (i) => link(docTitle(docs[i]), 'doc/' + i);
  const outletPill = (o) => (o >= 0 ? link(D.outlets[o], 'outlet/' + o, { class: 'pill' }) : el('span', { class: 'pill', text: 'unknown outlet' }));

  /* ---- The page ---- */

  const search = el('input', { type: 'search', placeholder: 'Search articles, speakers, outlets', 'aria-label': 'Search' });
  const nMulti = stories.filter((s) => s.docs.length > 1).length;
  document.body.append(
    el('header', {},
      el('h1', { text: 'wiretrace report' }),
      el('span', { class: 'counts', text: [plural(docs.length, 'article'), plural(stories.length, 'story', 'stories'),
        plural(D.passages.length, 'reused passage'), plural(D.quotes.length, 'attribution'), plural(D.outlets.length, 'outlet')].join(' · ') }),
      search),
    el('main', {},
      el('nav', { id: 'side' },
        el('ul', { id: 'results' }),
        el('div', { class: 'tools' },
          el('label', {},
            el('input', { type: 'checkbox', id: 'multi', checked: nMulti ? 'checked' : null }),
            ' only stories with two or more articles')),
        el('ul', { id: 'stories' })),
      el('section', { id: 'view' },
        el('div', { class: 'tabs', id: 'tabs' }),
        el('div', { id: 'pane' }))));

  const pane = document.getElementById('pane');
  const storyList = document.getElementById('stories');
  const results = document.getElementById('results');
  const multi = document.getElementById('multi');

  const TABS = [['story', 'Story'], ['graph', 'Graph'], ['quotes', 'Quotes'], ['doc', 'Article'], ['passage', 'Passage']];
  const tabs = document.getElementById('tabs');
  const last = {}; /* the last address of each tab */
  for (const [name, title] of TABS) {
    tabs.append(el('button', {
      'data-tab': name, text: title,
      onclick: () => { location.hash = last[name] || defaultHash(name); },
    }));
  }
  function defaultHash(name) {
    if (name === 'story') return 'story/' + (storyOrder.length ? storyOrder[0].k : 0);
    if (name === 'doc') return 'doc/0';
    if (name === 'passage') return 'passage/0';
    return name;
  }

  /* ---- The story list ---- */

  let shown = 0;
  function storyItem(s) {
    const dates = isNaN(s.start) ? 'undated' : fmtDate(s.start) + (s.end > s.start + 864e5 ? ' – ' + fmtDate(s.end) : '');
    return el('li', { 'data-story': s.k, onclick: () => { location.hash = 'story/' + s.k; } },
      el('div', { class: 'label', text: s.label }),
      el('div', { class: 'meta', text: dates + ' · ' + plural(s.docs.length, 'article') + ' · ' + plural(s.outlets.size, 'outlet') }));
  }
  function fillStories(reset) {
    if (reset) {
      storyList.textContent = '';
      shown = 0;
    }
    const more = storyList.querySelector('li.more');
    if (more) more.remove();
    const list = multi.checked ? storyOrder.filter((s) => s.docs.length > 1) : storyOrder;
    const end = Math.min(list.length, shown + PAGE);
    for (; shown < end; shown++) storyList.append(storyItem(list[shown]));
    if (shown < list.length) {
      storyList.append(el('li', { class: 'more', text: 'show ' + Math.min(PAGE, list.length - shown) + ' more of ' + (list.length - shown),
        onclick: () => fillStories(false) }));
    }
    if (!list.length) storyList.append(el('li', { class: 'empty', text: 'no stories' }));
    markSelected();
  }
  multi.addEventListener('change', () => fillStories(true));
  function markSelected() {
    const m = /^story\/(\d+)/.exec(location.hash.slice(1));
    for (const li of storyList.querySelectorAll('li.selected')) li.classList.remove('selected');
    if (m) {
      const li = storyList.querySelector('li[data-story="' + m[1] + '"]');
      if (li) li.classList.add('selected');
    }
  }

  /* ---- Article text with its marks ---- */

  /* Marks: [start, end, kind, extra] in bytes; kind junk | quote | reuse. */
  function marksOf(i, current) {
    const marks = [];
    for (const k of junkOf.get(i) || []) {
      const j = D.junk[k];
      marks.push([j[1], j[2], 'junk', D.reasons[j[3]]]);
    }
    for (const k of quotesOf.get(i) || []) {
      const q = D.quotes[k];
      marks.push([q[2], q[3], 'quote', q[4] >= 0 ? D.speakers[q[4]] : null]);
    }
    for (const k of passagesOf.get(i) || []) {
      const p = D.passages[k];
      const a = p[0] === i;
      marks.push([a ? p[2] : p[4], a ? p[3] : p[5], 'reuse', k, k === current]);
    }
    return marks;
  }

  function renderText(i, current) {
    const t = D.texts[i];
    const f = b2u(i);
    const marks = marksOf(i, current).map((m) => [f(m[0]), f(m[1])].concat(m.slice(2)));
    const cuts = new Set([0, t.length]);
    for (const m of marks) { cuts.add(m[0]); cuts.add(m[1]); }
    const points = [...cuts].sort((x, y) => x - y);
    const box = el('div', { class: 'article-text' });
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const over = marks.filter((m) => m[0] <= s && m[1] >= e && m[0] < m[1]);
      const text = t.slice(s, e);
      if (!over.length) { box.append(text); continue; }
      const junk = over.find((m) => m[2] === 'junk');
      const quote = over.find((m) => m[2] === 'quote');
      const reuse = over.filter((m) => m[2] === 'reuse');
      const titles = [];
      if (junk) titles.push('boilerplate: ' + junk[3]);
      if (quote) titles.push(quote[3] ? 'said by ' + quote[3] : 'quotation, speaker unknown');
      const cur = reuse.find((m) => m[4]);
      const classes = [junk ? 'junk' : '', quote ? 'quote' : '', reuse.length ? 'reuse' : '', cur ? 'current' : ''].filter(Boolean).join(' ');
      if (reuse.length) {
        const p = (cur || reuse[0])[3];
        titles.push('reused passage: click to compare');
        box.append(el('mark', { class: classes, 'data-p': p, title: titles.join('; '), text,
          onclick: () => { location.hash = 'passage/' + p; } }));
      } else {
        box.append(el('span', { class: classes, title: titles.join('; '), 'data-reason': junk ? junk[3] : null, text }));
      }
    }
    return box;
  }

  /* ---- Views ---- */

  function viewStory(k) {
    const s = stories[k];
    if (!s) return el('p', { class: 'empty', text: 'No such story.' });
    const box = el('div', { class: 'story-view', 'data-story': k });
    box.append(el('h2', { text: s.label }),
      el('div', { class: 'meta', text: (isNaN(s.start) ? 'undated' : fmtDate(s.start, true) + ' – ' + fmtDate(s.end, true)) +
        ' · ' + plural(s.docs.length, 'article') + ' · ' + plural(s.outlets.size, 'outlet') }),
      el('div', {}, ...[...s.outlets].map(outletPill)));
    if (s.first >= 0) box.append(el('p', {}, 'First reported: ', docLink(s.first),
      docs[s.first].outlet >= 0 ? ' (' + D.outlets[docs[s.first].outlet] + ')' : ''));
    box.append(el('h3', { text: 'Timeline' }), timeline(s));

    const rows = s.docs.slice().sort((x, y) => (docs[x].time || 0) - (docs[y].time || 0) || x - y);
    box.append(el('h3', { text: 'Articles' }), el('table', { class: 'articles' },
      el('tr', {}, el('th', { text: 'date' }), el('th', { text: 'outlet' }), el('th', { text: 'headline' })),
      ...rows.map((i) => el('tr', {},
        el('td', { text: fmtDate(docs[i].time, true) }),
        el('td', { text: outletName(docs[i].outlet) || '' }),
        el('td', {}, docLink(i), i === s.first ? el('span', { class: 'pill', text: 'first' }) : null)))));

    const inStory = new Set(s.docs);
    const ps = [];
    for (const i of s.docs) for (const p of passagesOf.get(i) || []) if (D.passages[p][0] === i && inStory.has(D.passages[p][1])) ps.push(p);
    box.append(el('h3', { text: 'Reused passages' }));
    box.append(ps.length ? passageTable(ps) : el('p', { class: 'empty', text: 'No passage is shared between these articles.' }));

    const qs = [];
    for (const i of s.docs) for (const q of quotesOf.get(i) || []) if (D.quotes[q][1]) qs.push(q);
    box.append(el('h3', { text: 'Quotes' }));
    box.append(qs.length ? quotesBySpeaker(qs, 50) : el('p', { class: 'empty', text: 'No direct quotes.' }));
    return box;
  }

  function passageTable(ps) {
    return el('table', { class: 'passages' },
      el('tr', {}, el('th', { text: 'source' }), el('th', { text: 'reused in' }), el('th', { text: 'words' }), el('th', { text: 'identity' }), el('th', {})),
      ...ps.map((k) => {
        const p = D.passages[k];
        return el('tr', {},
          el('td', {}, docLink(p[0]), p[8] ? '' : ' (direction unknown)'),
          el('td', {}, docLink(p[1])),
          el('td', { text: String(p[6]) }),
          el('td', { text: (p[7] / 10).toFixed(1) + '%' }),
          el('td', {}, link('compare', 'passage/' + k, { class: 'compare', 'data-p': k })));
      }));
  }

  function timeline(s) {
    const ns = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs) => {
      const e = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      return e;
    };
    const outlets = [...new Set(s.docs.map((i) => docs[i].outlet))];
    const left = 150, right = 30, row = 26, top = 24;
    const width = 860, height = top + row * outlets.length + 24;
    const svg = svgEl('svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, height });
    const dated = s.docs.filter((i) => !isNaN(docs[i].time));
    const t0 = dated.length ? Math.min(...dated.map((i) => docs[i].time)) : 0;
    const t1 = dated.length ? Math.max(...dated.map((i) => docs[i].time)) : 1;
    const span = Math.max(t1 - t0, 3600e3);
    const undatedX = width - right / 2;
    const x = (i) => (isNaN(docs[i].time) ? undatedX : left + (width - left - right - 20) * (docs[i].time - t0) / span);
    const y = (i) => top + row * outlets.indexOf(docs[i].outlet) + row / 2;
    outlets.forEach((o, r) => {
      const label = svgEl('text', { x: 6, y: top + row * r + row / 2 + 4 });
      label.textContent = (outletName(o) || 'unknown outlet').slice(0, 24);
      svg.append(label, svgEl('line', { x1: left, x2: width - right, y1: top + row * r + row / 2, y2: top + row * r + row / 2, stroke: '#e6e9ec' }));
    });
    for (const [t, anchor, px] of [[t0, 'start', left], [t0 + span, 'end', width - right - 20]]) {
      if (!dated.length) break;
      const lab = svgEl('text', { x: px, y: 14, 'text-anchor': anchor });
      lab.textContent = fmtDate(t, true);
      svg.append(lab);
    }
    const inStory = new Set(s.docs);
    for (const i of s.docs) {
      for (const k of passagesOf.get(i) || []) {
        const p = D.passages[k];
        if (p[0] !== i || !inStory.has(p[1])) continue;
        svg.append(svgEl('line', { class: 'copy', x1: x(p[0]), y1: y(p[0]), x2: x(p[1]), y2: y(p[1]) }));
      }
    }
    for (const i of s.docs) {
      const c = svgEl('circle', { class: 'dot' + (i === s.first ? ' first' : ''), cx: x(i), cy: y(i), r: 6, 'data-doc': i });
      const tip = svgEl('title', {});
      tip.textContent = `${docTitle(docs[i])}\n${outletName(docs[i].outlet) || 'unknown outlet'}, ${fmtDate(docs[i].time, true)}`;
      c.append(tip);
      c.addEventListener('click', () => { location.hash = 'doc/' + i; });
      svg.append(c);
    }
    return svg;
  }

  function viewDoc(i) {
    const d = docs[i];
    if (!d) return el('p', { class: 'empty', text: 'No such article.' });
    const box = el('div', { class: 'doc-view', 'data-doc': i });
    box.append(el('h2', { text: docTitle(d) }),
      el('div', { class: 'meta' }, [outletName(d.outlet) || 'unknown outlet', fmtDate(d.time, true), d.byline || ''].filter(Boolean).join(' · '),
        d.story >= 0 ? el('span', {}, ' · story: ', link(stories[d.story].label, 'story/' + d.story)) : null),
      el('div', { class: 'meta', text: d.source }),
      el('p', { class: 'legend' },
        el('span', { class: 'junk', text: 'boilerplate (hover for why)' }), ' ',
        el('span', { class: 'quote', text: 'quotation or reported speech' }), ' ',
        el('mark', { class: 'reuse', text: 'reused passage (click to compare)' })),
      renderText(i, -1));
    const ps = passagesOf.get(i) || [];
    if (ps.length) box.append(el('h3', { text: 'Reused passages' }), passageTable(ps));
    const qs = quotesOf.get(i) || [];
    if (qs.length) {
      box.append(el('h3', { text: 'Who said what' }), el('table', {},
        el('tr', {}, el('th', { text: 'speaker' }), el('th', { text: 'kind' }), el('th', { text: 'what' })),
        ...qs.map((k) => {
          const q = D.quotes[k];
          return el('tr', {},
            el('td', {}, q[4] >= 0 ? link(D.speakers[q[4]], 'speaker/' + q[4]) : el('span', { class: 'empty', text: 'unknown' })),
            el('td', { text: D.kinds[q[5]] + (q[1] ? ', quote' : ', reported') }),
            el('td', { text: sliceText(i, q[2], q[3]) }));
        })));
    }
    return box;
  }

  function viewPassage(k) {
    const p = D.passages[k];
    if (!p) return el('p', { class: 'empty', text: 'No such passage.' });
    const side = (i, label) => el('div', { class: label },
      el('h3', {}, docLink(i)),
      el('div', { class: 'meta', text: (outletName(docs[i].outlet) || 'unknown outlet') + ' · ' + fmtDate(docs[i].time, true) }),
      renderText(i, k));
    const box = el('div', { class: 'passage-view', 'data-passage': k },
      el('h2', { text: 'Reused passage' }),
      el('div', { class: 'meta', text: `${p[6]} matching words, ${(p[7] / 10).toFixed(1)}% identical; ` +
        (p[8] ? 'left is the source' : 'which side is the source is unknown') }),
      el('div', { class: 'sides' }, side(p[0], 'side-a'), side(p[1], 'side-b')));
    requestAnimationFrame(() => {
      for (const sideBox of box.querySelectorAll('.sides .article-text')) {
        const m = sideBox.querySelector('mark.current');
        if (m) sideBox.scrollTop = m.offsetTop - sideBox.offsetTop - 40;
      }
    });
    return box;
  }

  function quotesBySpeaker(quoteIds, limit) {
    const groups = new Map();
    for (const k of quoteIds) group(groups, k);
    const order = [...groups.entries()].sort((x, y) => (x[0] < 0) - (y[0] < 0) || y[1].size - x[1].size);
    const box = el('div', {});
    for (const [who, g] of order.slice(0, limit)) box.append(speakerBlock(who, g));
    if (order.length > limit) box.append(el('p', { class: 'meta', text: `and ${order.length - limit} more speakers` }));
    return box;
  }

  function speakerBlock(who, g) {
    const box = el('div', { class: 'speaker', 'data-speaker': who },
      el('div', {}, who >= 0 ? link(D.speakers[who], 'speaker/' + who, { class: 'label' }) : el('b', { text: 'Speaker unknown' }),
        el('span', { class: 'meta', text: ' · ' + plural(g.size, 'quote') })));
    for (const { text, quotes } of g.values()) {
      const outlets = [...new Set(quotes.map((k) => docs[D.quotes[k][0]].outlet))];
      box.append(el('blockquote', {}, el('div', { text }),
        el('div', { class: 'meta' }, 'carried by ', ...outlets.map(outletPill), ' in ',
          ...quotes.slice(0, 8).map((k, n) => el('span', {}, n ? ', ' : '', docLink(D.quotes[k][0]))))));
    }
    return box;
  }

  function viewQuotes() {
    const box = el('div', {}, el('h2', { text: 'Quotes by speaker' }));
    const sp = [...speakerQuotes().entries()].sort((x, y) => y[1].size - x[1].size || x[0] - y[0]);
    if (!sp.length) {
      box.append(el('p', { class: 'empty', text: 'No direct quote has a speaker.' }));
      return box;
    }
    let n = 0;
    const list = el('div', {});
    const more = el('button', { text: 'more speakers', onclick: () => page() });
    function page() {
      const end = Math.min(sp.length, n + 50);
      for (; n < end; n++) list.append(speakerBlock(sp[n][0], sp[n][1]));
      if (n >= sp.length) more.remove();
    }
    page();
    box.append(el('p', { class: 'meta', text: plural(sp.length, 'speaker') + ' with direct quotes' }), list);
    if (n < sp.length) box.append(more);
    return box;
  }

  function viewSpeaker(who) {
    const g = speakerQuotes().get(who);
    const box = el('div', {}, el('h2', { text: D.speakers[who] || 'Unknown speaker' }));
    const all = [];
    D.quotes.forEach((q, k) => { if (q[4] === who) all.push(k); });
    box.append(el('div', { class: 'meta', text: plural(all.length, 'attribution') }));
    if (g) box.append(speakerBlock(who, g));
    const reported = all.filter((k) => !D.quotes[k][1]);
    if (reported.length) {
      box.append(el('h3', { text: 'Reported speech' }), el('table', {},
        ...reported.slice(0, 200).map((k) => el('tr', {}, el('td', {}, docLink(D.quotes[k][0])),
          el('td', { text: sliceText(D.quotes[k][0], D.quotes[k][2], D.quotes[k][3]) })))));
    }
    return box;
  }

  function viewOutlet(o) {
    const box = el('div', {}, el('h2', { text: D.outlets[o] || 'Unknown outlet' }));
    const mine = docs.filter((d) => d.outlet === o);
    const cites = D.citations.filter((c) => c[0] === o), cited = D.citations.filter((c) => c[1] === o);
    box.append(el('div', { class: 'meta', text: plural(mine.length, 'article') }));
    if (cites.length) box.append(el('h3', { text: 'Cites' }), el('div', {}, ...cites.map((c) => el('span', {}, outletPill(c[1]), '×' + c[2] + ' '))));
    if (cited.length) box.append(el('h3', { text: 'Cited by' }), el('div', {}, ...cited.map((c) => el('span', {}, outletPill(c[0]), '×' + c[2] + ' '))));
    box.append(el('h3', { text: 'Articles' }), el('table', {},
      ...mine.slice(0, 500).map((d) => el('tr', {}, el('td', { text: fmtDate(d.time, true) }), el('td', {}, docLink(d.i))))));
    return box;
  }

  /* The graph of outlets: who cites whom (blue, dashed) and who copied
   * whom (orange, from the source to the outlet that reused it). */
  let cy = null;
  function viewGraph() {
    const box = el('div', {}, el('h2', { text: 'Who cites whom, who copied whom' }),
      el('p', { class: 'legend' },
        el('span', {}, el('i', { style: 'border-top:2px dashed #0b63a8' }), 'cites (from the citing outlet)'),
        el('span', {}, el('i', { style: 'border-top:3px solid #e0a100' }), 'copied (from the source outlet)')),
      el('div', { id: 'graph' }), el('div', { id: 'graph-info', class: 'meta', text: 'Click an outlet to open it.' }));
    const edges = new Map();
    const add = (from, to, kind, n) => {
      if (from < 0 || to < 0 || from === to) return;
      const key = kind + ':' + from + ':' + to;
      edges.set(key, (edges.get(key) || 0) + n);
    };
    for (const c of D.citations) add(c[0], c[1], 'cites', c[2]);
    for (const p of D.passages) if (p[8]) add(docs[p[0]].outlet, docs[p[1]].outlet, 'copied', 1);
    const degree = new Map();
    for (const [key, n] of edges) {
      const [, f, t] = key.split(':').map(Number);
      degree.set(f, (degree.get(f) || 0) + n);
      degree.set(t, (degree.get(t) || 0) + n);
    }
    const keep = new Set([...degree.entries()].sort((x, y) => y[1] - x[1]).slice(0, 150).map((e) => e[0]));
    const elements = [];
    for (const o of keep) elements.push({ data: { id: 'o' + o, label: D.outlets[o], outlet: o } });
    for (const [key, n] of edges) {
      const [kind, f, t] = key.split(':');
      if (!keep.has(+f) || !keep.has(+t)) continue;
      elements.push({ data: { id: key, source: 'o' + f, target: 'o' + t, kind, label: String(n) } });
    }
    requestAnimationFrame(() => {
      if (cy) cy.destroy();
      cy = window.cytoscape({
        container: document.getElementById('graph'),
        elements,
        layout: { name: elements.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, nodeRepulsion: () => 8000 },
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#0b63a8', width: 14, height: 14,
            'text-valign': 'bottom', 'text-margin-y': 4, color: '#1d2327' } },
          { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2, label: 'data(label)',
            'font-size': 9, color: '#6b7378' } },
          { selector: 'edge[kind = "cites"]', style: { 'line-style': 'dashed', 'line-color': '#0b63a8', 'target-arrow-color': '#0b63a8' } },
          { selector: 'edge[kind = "copied"]', style: { 'line-color': '#e0a100', 'target-arrow-color': '#e0a100', width: 3 } },
        ],
      });
      /* A few outlets fill the box at a huge zoom: keep labels readable. */
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      cy.on('tap', 'node', (e) => { location.hash = 'outlet/' + e.target.data('outlet'); });
      window.wt.graph = cy;
    });
    if (!elements.length) box.append(el('p', { class: 'empty', text: 'No citations or copies between outlets.' }));
    return box;
  }

  /* ---- Search ---- */

  function runSearch(q) {
    results.textContent = '';
    q = q.trim().toLowerCase();
    if (q.length < 2) return;
    const hits = [];
    const add = (kind, text, hash) => hits.length < 60 && hits.push(el('li', { onclick: () => { location.hash = hash; } },
      el('span', { class: 'kind', text: kind }), text));
    D.speakers.forEach((s, k) => { if (s.toLowerCase().includes(q)) add('speaker', s, 'speaker/' + k); });
    D.outlets.forEach((s, k) => { if (s.toLowerCase().includes(q)) add('outlet', s, 'outlet/' + k); });
    for (const s of storyOrder) if (s.label.toLowerCase().includes(q)) add('story', s.label, 'story/' + s.k);
    for (const d of docs) {
      if (hits.length >= 60) break;
      if ((d.title || '').toLowerCase().includes(q) || d.id.toLowerCase().includes(q)) add('article', docTitle(d), 'doc/' + d.i);
    }
    if (hits.length < 60 && q.length >= 3) {
      for (const d of docs) {
        if (hits.length >= 60) break;
        if (!(d.title || '').toLowerCase().includes(q) && D.texts[d.i].toLowerCase().includes(q)) add('text', docTitle(d), 'doc/' + d.i);
      }
    }
    if (!hits.length) hits.push(el('li', { class: 'empty', text: 'nothing found' }));
    results.append(...hits);
  }
  let timer = 0;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => runSearch(search.value), 120);
  });

  /* ---- Routing ---- */

  function route() {
    const h = location.hash.slice(1) || defaultHash('story');
    const [name, arg] = h.split('/');
    const n = Number(arg);
    let tab = name, view;
    if (name === 'story') view = viewStory(n);
    else if (name === 'doc') view = viewDoc(n);
    else if (name === 'passage') view = viewPassage(n);
    else if (name === 'graph') view = viewGraph();
    else if (name === 'quotes') view = viewQuotes();
    else if (name === 'speaker') { view = viewSpeaker(n); tab = 'quotes'; }
    else if (name === 'outlet') { view = viewOutlet(n); tab = 'graph'; }
    else view = el('p', { class: 'empty', text: 'Unknown view.' });
    last[tab] = h;
    for (const b of tabs.children) b.classList.toggle('active', b.dataset.tab === tab);
    pane.textContent = '';
    pane.append(view);
    pane.scrollTop = 0;
    markSelected();
  }
  window.addEventListener('hashchange', route);

  window.wt = { data: D, graph: null, ready: false };
  fillStories(true);
  route();
  window.wt.ready = true;
})();
