// The chat page: asks /api/ask and lays the answer out. Every piece of text goes in through textContent,
// never innerHTML, so report and user text cannot become markup. History lives only in this page.
'use strict';

const $ = (id) => document.getElementById(id);
const log = $('log');
const form = $('ask');
const input = $('q');
const send = $('send');
const status = $('status');
const reader = $('reader');
const header = document.querySelector('header.report');
const dock = document.querySelector('footer.dock');
let opener = null;
let quotes = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** The quote with the question's words marked; the server names them, exactly as they stand in the quote. */
function highlighted(text, words) {
  const p = el('blockquote', { class: 'quote' });
  const marks = (words || []).filter((w) => w && text.includes(w));
  if (marks.length === 0) {
    p.textContent = text;
    return p;
  }
  const pattern = new RegExp(marks.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) p.append(text.slice(at, m.index));
    p.append(el('mark', {}, m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) p.append(text.slice(at));
  return p;
}

/** The page's visible band: below the sticky header, above the docked input bar. */
function band() {
  return { top: header.getBoundingClientRect().bottom + 8, bottom: window.innerHeight - dock.offsetHeight - 8 };
}

/** Scrolls so the node's bottom stands just above the input bar (a question waiting for its answer). */
function keepAbove(node) {
  const below = node.getBoundingClientRect().bottom - band().bottom;
  if (below > 0) window.scrollBy(0, below);
}

/**
 * Brings a new answer's top just below the header, so its figure, label and 来源 are in sight above the bar;
 * its question stays in sight too when everything still fits.
 */
function reveal(answer, question) {
  const { top, bottom } = band();
  const key = answer.querySelector('.source') || answer;
  const fits = question && key.getBoundingClientRect().bottom - question.getBoundingClientRect().top <= bottom - top;
  const start = fits ? question : answer;
  window.scrollBy(0, start.getBoundingClientRect().top - top);
}

function addQuestion(text) {
  const node = el('p', { class: 'bubble q' }, el('span', { class: 'visually-hidden' }, '问：'), text);
  log.append(node);
  keepAbove(node);
  return node;
}

function sourceButton(a) {
  const s = a.source;
  const within = a.where ? `（${a.where}）` : '';
  return el('button', { type: 'button', class: 'source', 'aria-haspopup': 'dialog', onclick: (e) => openSection(s.section, e.currentTarget) },
    `来源：${s.section} ${s.title}${within}`);
}

function askButtons(label, questions) {
  if (!questions.length) return null;
  return el('div', { class: 'choices', role: 'group', 'aria-label': label },
    el('span', { class: 'choices-label' }, label),
    ...questions.map((q) => el('button', { type: 'button', class: 'chip', onclick: () => ask(q, true) }, q)));
}

function renderAnswer(a) {
  const card = el('article', { class: `bubble a ${a.found ? 'found' : 'none'}` });
  card.append(el('span', { class: 'visually-hidden' }, '答：'));
  if (!a.found) {
    const [said] = a.answer.split('\n可以试试问：');
    card.append(el('p', { class: 'plain' }, said));
    if (a.clarify && a.clarify.length) card.append(alternativeButtons('您问的是哪一个：', a.clarify));
    const s = askButtons('可以试试问：', a.suggestions);
    if (s) card.append(s);
    return card;
  }
  if (a.figure) {
    card.append(el('p', { class: 'figure' }, a.figure.text));
    const about = [a.figure.label, a.context && `（${a.context}）`].filter(Boolean).join('');
    if (about) card.append(el('p', { class: 'label' }, about));
  }
  if (a.kind === 'list' && a.items.length) {
    card.append(el('ul', { class: 'items' }, ...a.items.map((i) => el('li', {}, i))));
  }
  const quote = highlighted(a.source.paragraph, a.highlights);
  quote.id = `quote-${++quotes}`;
  card.append(quote);
  card.append(sourceButton(a));
  card.append(el('p', { class: 'report-name' }, `《${a.source.report}》`));
  if (a.alternatives.length) card.append(alternativeButtons('其他可能的数字：', a.alternatives));
  return card;
}

/** Figures offered as buttons: alternatives to an answer, or the readings a clarifying question asks between. */
function alternativeButtons(label, alternatives) {
  return el('div', { class: 'choices', role: 'group', 'aria-label': label.replace(/：$/u, '') },
    el('span', { class: 'choices-label' }, label),
    ...alternatives.map((alt) => el('button', { type: 'button', class: 'chip alt', onclick: () => showAlternative(alt) },
      `${alt.text}（${alt.label}，${alt.section}）`)));
}

/** A quote taller than six lines is cut to them, with a button that shows the rest (and hides it again). */
function clampQuote(card) {
  const quote = card.querySelector('.quote');
  if (!quote) return;
  quote.classList.add('clamped');
  if (quote.scrollHeight <= quote.clientHeight + 2) {
    quote.classList.remove('clamped');
    return;
  }
  const more = el('button', { type: 'button', class: 'more', 'aria-expanded': 'false', 'aria-controls': quote.id }, '展开原文');
  more.addEventListener('click', () => {
    const open = quote.classList.toggle('clamped') === false;
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? '收起原文' : '展开原文';
  });
  quote.after(more);
}

/**
 * Shows the reply to a question. When a button asked it, focus moves to the reply, so keyboard and screen-reader
 * users carry on from there; when it was typed, focus stays in the box for the next question.
 */
function addReply(node, question, fromButton) {
  log.append(node);
  clampQuote(node);
  reveal(node, question);
  if (fromButton) {
    node.setAttribute('tabindex', '-1');
    node.focus({ preventScroll: true });
  }
}

function addError(message, question) {
  addReply(el('p', { class: 'bubble error', role: 'alert' }, message), question, false);
}

async function call(url, options) {
  let res;
  try {
    res = await fetch(url, options);
  } catch {
    throw new Error('无法连接服务器：请检查网络，或稍后再试。');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's error page, not ours.
  }
  if (!res.ok) throw new Error((body && body.message) || `服务器出错（${res.status}），请稍后再试。`);
  return body;
}

let busy = false;
async function ask(question, fromButton = false) {
  const text = question.trim();
  if (!text) {
    status.textContent = '请先输入一个问题。';
    input.focus();
    return;
  }
  if (busy) return;
  busy = true;
  send.disabled = true;
  status.textContent = '正在查找…';
  const asked = addQuestion(text);
  try {
    const a = await call('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: text }) });
    addReply(renderAnswer(a), asked, fromButton);
    status.textContent = '';
  } catch (error) {
    addError(error.message, asked);
    status.textContent = '';
  } finally {
    busy = false;
    send.disabled = false;
  }
}

async function showAlternative(alt) {
  const asked = addQuestion(`看这个数字：${alt.text}（${alt.label}）`);
  try {
    addReply(renderAnswer(await call(`/api/alternatives/${encodeURIComponent(alt.ref)}`)), asked, true);
  } catch (error) {
    addError(error.message, asked);
  }
}

/** The dialog: modal, so Tab stays inside and Escape closes it; focus goes to its title, and back to the opener. */
function openReader(title, body, from, fromContents = false) {
  opener = from || document.activeElement;
  $('reader-title').textContent = title;
  $('reader-body').replaceChildren(...body);
  $('reader-back').hidden = !fromContents;
  if (!reader.open) reader.showModal();
  reader.scrollTop = 0;
  $('reader-title').focus();
}

async function openSection(id, from, fromContents = false) {
  try {
    const s = await call(`/api/sections/${encodeURIComponent(id)}`);
    const paragraphs = s.text.split('\n').filter((l) => l.trim()).slice(1).map((l) => el('p', {}, l));
    openReader(`${s.id} ${s.title}`, paragraphs, from, fromContents);
  } catch (error) {
    addError(error.message);
  }
}

async function openContents(from) {
  try {
    const { sections } = await call('/api/sections');
    const list = el('ul', { class: 'toc' }, ...sections.map((s) =>
      el('li', { class: `level-${s.level}` }, el('button', { type: 'button', onclick: () => openSection(s.id, from, true) }, `${s.id} ${s.title}`))));
    openReader('目录', [list], from);
  } catch (error) {
    addError(error.message);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value;
  input.value = '';
  ask(q);
});
document.querySelectorAll('.dock .chip').forEach((b) => b.addEventListener('click', () => ask(b.dataset.q, true)));
$('toc').addEventListener('click', (e) => openContents(e.currentTarget));
$('reader-back').addEventListener('click', () => openContents(opener));
$('reader-close').addEventListener('click', () => reader.close());
reader.addEventListener('close', () => {
  if (opener && document.contains(opener)) opener.focus();
});
