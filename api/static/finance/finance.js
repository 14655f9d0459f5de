// grantdesk's finance dashboard: signs in with a finance account, then shows a call's budget
// (per track) and a budget article's balances (and its available credit over time, from the
// API's `?at=` figures). Every amount is the API's own decimal string, formatted as text by
// money.js; bars and the chart take only their geometry from ratios.
import { format, minus, max, sum, permille } from './money.js';

const API = '/api/v1';
const TOKEN_KEY = 'grantdesk.finance.token';
const LANGS = ['nl', 'fr', 'en'];

const WORDS = {
  en: {
    skip: 'Skip to the figures', title: 'Finance dashboard', language: 'Language', signOut: 'Sign out',
    signInTitle: 'Sign in with a finance account', email: 'E-mail address', password: 'Password',
    signIn: 'Sign in', callTitle: "A call's budget", call: 'Call', articleTitle: 'A budget article and year',
    article: 'Budget article and year', overTime: 'Available credit over time',
    signedIn: 'Signed in as {who}.', signedOut: 'Signed out.', loading: 'Loading…',
    notFinance: 'This account is not a finance account: it cannot read the budget figures.',
    expired: 'Your session has ended: please sign in again.', failed: 'The server could not be reached.',
    figure: 'Figure', amount: 'Amount (EUR)', budget: 'Budget', reserved: 'Reserved', committed: 'Committed',
    held: 'Held (provisional awards)', paid: 'Paid', available: 'Available', released: 'Released', freed: 'Freed',
    credit: 'Credit', reservedForCalls: 'Reserved for calls', recovered: 'Recovered',
    callFigures: 'Call {ref}: figures in EUR', trackFigures: 'Per track, in EUR', track: 'Track',
    creditType: 'Credit type', articleFigures: 'Article {code} / {year}: figures in EUR',
    segPaid: 'paid', segCommitted: 'committed, not yet paid', segReserved: 'reserved or held, not yet committed',
    segAvailable: 'available', barLabel: '{name}: {parts} (EUR)', noOwnBudget: 'no budget of its own (draws on the call\'s)',
    whole: 'Whole call', instant: 'Instant', availableVak: 'Available VAK (EUR)', availableVek: 'Available VEK (EUR)',
    overTimeCaption: 'Available credit of {code} / {year} at {n} instants, in EUR',
    chartLabel: 'Available commitment credit (VAK) of {code} / {year} over time: {points}',
    none: '—',
  },
  nl: {
    skip: 'Naar de cijfers', title: 'Financieel dashboard', language: 'Taal', signOut: 'Afmelden',
    signInTitle: 'Aanmelden met een financieel account', email: 'E-mailadres', password: 'Wachtwoord',
    signIn: 'Aanmelden', callTitle: 'Budget van een oproep', call: 'Oproep', articleTitle: 'Een begrotingsartikel en jaar',
    article: 'Begrotingsartikel en jaar', overTime: 'Beschikbaar krediet in de tijd',
    signedIn: 'Aangemeld als {who}.', signedOut: 'Afgemeld.', loading: 'Laden…',
    notFinance: 'Dit is geen financieel account: het kan de budgetcijfers niet lezen.',
    expired: 'Uw sessie is afgelopen: meld u opnieuw aan.', failed: 'De server is niet bereikbaar.',
    figure: 'Cijfer', amount: 'Bedrag (EUR)', budget: 'Budget', reserved: 'Gereserveerd', committed: 'Vastgelegd',
    held: 'Voorlopig toegekend', paid: 'Betaald', available: 'Beschikbaar', released: 'Vrijgegeven', freed: 'Vrijgekomen',
    credit: 'Krediet', reservedForCalls: 'Gereserveerd voor oproepen', recovered: 'Teruggevorderd',
    callFigures: 'Oproep {ref}: cijfers in EUR', trackFigures: 'Per spoor, in EUR', track: 'Spoor',
    creditType: 'Kredietsoort', articleFigures: 'Artikel {code} / {year}: cijfers in EUR',
    segPaid: 'betaald', segCommitted: 'vastgelegd, nog niet betaald', segReserved: 'gereserveerd of voorlopig, nog niet vastgelegd',
    segAvailable: 'beschikbaar', barLabel: '{name}: {parts} (EUR)', noOwnBudget: 'geen eigen budget (put uit dat van de oproep)',
    whole: 'Hele oproep', instant: 'Tijdstip', availableVak: 'Beschikbaar VAK (EUR)', availableVek: 'Beschikbaar VEK (EUR)',
    overTimeCaption: 'Beschikbaar krediet van {code} / {year} op {n} tijdstippen, in EUR',
    chartLabel: 'Beschikbaar vastleggingskrediet (VAK) van {code} / {year} in de tijd: {points}',
    none: '—',
  },
  fr: {
    skip: 'Aller aux chiffres', title: 'Tableau de bord financier', language: 'Langue', signOut: 'Se déconnecter',
    signInTitle: 'Se connecter avec un compte financier', email: 'Adresse e-mail', password: 'Mot de passe',
    signIn: 'Se connecter', callTitle: "Budget d'un appel", call: 'Appel', articleTitle: 'Un article budgétaire et une année',
    article: 'Article budgétaire et année', overTime: 'Crédit disponible dans le temps',
    signedIn: 'Connecté en tant que {who}.', signedOut: 'Déconnecté.', loading: 'Chargement…',
    notFinance: "Ce compte n'est pas un compte financier : il ne peut pas lire les chiffres budgétaires.",
    expired: 'Votre session a pris fin : veuillez vous reconnecter.', failed: 'Le serveur est injoignable.',
    figure: 'Chiffre', amount: 'Montant (EUR)', budget: 'Budget', reserved: 'Réservé', committed: 'Engagé',
    held: 'Retenu (attributions provisoires)', paid: 'Payé', available: 'Disponible', released: 'Libéré', freed: 'Dégagé',
    credit: 'Crédit', reservedForCalls: 'Réservé pour les appels', recovered: 'Récupéré',
    callFigures: 'Appel {ref} : chiffres en EUR', trackFigures: 'Par volet, en EUR', track: 'Volet',
    creditType: 'Type de crédit', articleFigures: 'Article {code} / {year} : chiffres en EUR',
    segPaid: 'payé', segCommitted: 'engagé, pas encore payé', segReserved: 'réservé ou retenu, pas encore engagé',
    segAvailable: 'disponible', barLabel: '{name} : {parts} (EUR)', noOwnBudget: "pas de budget propre (puise dans celui de l'appel)",
    whole: "Appel entier", instant: 'Instant', availableVak: 'Disponible CE (VAK) (EUR)', availableVek: 'Disponible CL (VEK) (EUR)',
    overTimeCaption: 'Crédit disponible de {code} / {year} à {n} instants, en EUR',
    chartLabel: "Crédit d'engagement disponible (VAK) de {code} / {year} dans le temps : {points}",
    none: '—',
  },
};

const state = { lang: 'en', calls: [], articles: [], callBudget: null, article: null, overTime: null };

const $ = (id) => document.getElementById(id);

function t(key, vars = {}) {
  const text = (WORDS[state.lang] && WORDS[state.lang][key]) || WORDS.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A table cell with an amount: the API's string in data-amount, the text in the language. */
function amountCell(field, amount) {
  if (amount === null || amount === undefined) {
    return el('td', { class: 'amount', 'data-field': field, 'data-amount': '' }, el('span', { 'aria-hidden': 'true', text: t('none') }), el('span', { class: 'sr-only', text: t('noOwnBudget') }));
  }
  return el('td', { class: 'amount', 'data-field': field, 'data-amount': amount, text: format(amount, state.lang) });
}

// ---- talking to the API ----------------------------------------------------------------

function token() { return sessionStorage.getItem(TOKEN_KEY); }

class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function api(path, { method = 'GET', body, auth = true } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': state.lang };
  if (auth && token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Problem(0, { title: t('failed') });
  }
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!res.ok) throw new Problem(res.status, json);
  return json;
}

function showError(problem) {
  const box = $('error');
  box.replaceChildren();
  if (!problem) return;
  const body = problem.body || {};
  box.append(el('p', { text: body.title || problem.message }));
  if (body.detail && body.detail !== body.title) box.append(el('p', { text: body.detail }));
  for (const f of body.errors || []) box.append(el('p', { text: `${f.field}: ${f.message}` }));
}

function status(text) { $('status').textContent = text; }

async function guarded(work) {
  try {
    showError(null);
    await work();
  } catch (e) {
    if (e instanceof Problem && e.status === 401 && token()) {
      signOut(false);
      showError(new Problem(401, { title: t('expired') }));
    } else if (e instanceof Problem) {
      showError(e);
    } else {
      showError(new Problem(0, { title: String(e && e.message ? e.message : e) }));
    }
  }
}

// ---- signing in and out ----------------------------------------------------------------

async function signIn(event) {
  event.preventDefault();
  await guarded(async () => {
    const email = $('email').value.trim();
    const password = $('password').value;
    const reply = await api('/auth/token', { method: 'POST', body: { email, password }, auth: false });
    if (reply.role !== 'finance' && reply.role !== 'admin' && reply.role !== 'auditor') {
      throw new Problem(403, { title: t('notFinance') });
    }
    sessionStorage.setItem(TOKEN_KEY, reply.access_token);
    sessionStorage.setItem(`${TOKEN_KEY}.who`, email);
    $('password').value = '';
    await start();
  });
}

function signOut(announce = true) {
  const had = token();
  if (had) api('/auth/sign-out', { method: 'POST' }).catch(() => {});
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(`${TOKEN_KEY}.who`);
  Object.assign(state, { calls: [], articles: [], callBudget: null, article: null, overTime: null });
  $('dashboard').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  if (announce) status(t('signedOut'));
  $('email').focus();
}

async function start() {
  status(t('loading'));
  const [calls, articles] = await Promise.all([api('/calls?per_page=100'), api('/budget-articles?per_page=100')]);
  state.calls = calls.items;
  state.articles = articles.items;
  $('sign-in').hidden = true;
  $('dashboard').hidden = false;
  $('sign-out').hidden = false;
  fillSelects();
  status(t('signedIn', { who: sessionStorage.getItem(`${TOKEN_KEY}.who`) || '' }));
  await showCall($('call-select').value);
  $('call-select').focus();
}

function fillSelects() {
  const call = $('call-select');
  call.replaceChildren(...state.calls.map((c) => el('option', { value: c.id, text: `${c.reference} – ${c.title}` })));
  const article = $('article-select');
  article.replaceChildren(...state.articles.map((a) => el('option', { value: `${a.code}/${a.budget_year}`, text: `${a.code} / ${a.budget_year} – ${a.description}` })));
}

// ---- a call's budget ---------------------------------------------------------------------

async function showCall(id) {
  if (!id) return;
  const call = state.calls.find((c) => c.id === id);
  state.callBudget = { call, budget: await api(`/calls/${encodeURIComponent(id)}/budget`) };
  renderCall();
  // the call's article and year alongside
  const key = `${call.budget_article}/${call.budget_year}`;
  if ([...$('article-select').options].some((o) => o.value === key)) $('article-select').value = key;
  await showArticle($('article-select').value);
}

/** The four shares of a stacked bar, each an amount string. */
function callShares(f, scaleBudget) {
  const shares = [
    ['paid', f.paid],
    ['committed', minus(f.awarded, f.paid)],
    ['reserved', f.held],
  ];
  if (f.remaining !== null && f.remaining !== undefined) shares.push(['available', f.remaining]);
  const whole = max(scaleBudget || '0.00', sum(...shares.map((s) => s[1])));
  return { shares, whole };
}

const SEGMENT_WORD = { paid: 'segPaid', committed: 'segCommitted', reserved: 'segReserved', available: 'segAvailable' };

function bar(name, { shares, whole }, id) {
  const parts = shares.map(([kind, amount]) => `${t(SEGMENT_WORD[kind])} ${format(amount, state.lang)}`).join(', ');
  const label = t('barLabel', { name, parts });
  const picture = svg('svg', { viewBox: '0 0 1000 20', preserveAspectRatio: 'none', role: 'img', 'aria-label': label, id, focusable: 'false' });
  picture.append(Object.assign(svg('title'), { textContent: label }));
  let x = 0;
  for (const [kind, amount] of shares) {
    const w = permille(amount, whole);
    if (w > 0) picture.append(svg('rect', { class: `seg-${kind}`, x, y: 0, width: w, height: 20, 'data-amount': amount }));
    x += w;
  }
  return el('div', { class: 'bar-row' }, el('span', { text: name }), picture);
}

function legend() {
  return el('ul', { class: 'legend', 'aria-hidden': 'true' }, ...Object.entries(SEGMENT_WORD).map(([kind, word]) =>
    el('li', {}, el('span', { class: `swatch seg-${kind}` }), t(word))));
}

function renderCall() {
  const view = $('call-view');
  if (!state.callBudget) { view.replaceChildren(); return; }
  const { call, budget: b } = state.callBudget;
  const rows = [
    ['budget', 'budget'], ['reserved', 'reserved'], ['awarded', 'committed'], ['held', 'held'],
    ['paid', 'paid'], ['released', 'released'], ['freed', 'freed'], ['remaining', 'available'],
  ];
  const table = el('table', { id: 'call-figures', 'data-call': b.call_id },
    el('caption', { text: t('callFigures', { ref: call.reference }) }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('figure') }), el('th', { scope: 'col', class: 'amount', text: t('amount') }))),
    el('tbody', {}, ...rows.map(([field, word]) => el('tr', {}, el('th', { scope: 'row', text: t(word) }), amountCell(field, b[field])))));
  const trackCols = [['budget', 'budget'], ['awarded', 'committed'], ['held', 'held'], ['paid', 'paid'], ['remaining', 'available']];
  const tracks = el('table', { id: 'track-figures' },
    el('caption', { text: t('trackFigures') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('track') }), ...trackCols.map(([, w]) => el('th', { scope: 'col', class: 'amount', text: t(w) })))),
    el('tbody', {}, ...b.tracks.map((tr) => el('tr', { 'data-track': tr.number },
      el('th', { scope: 'row', text: `${tr.number}. ${tr.name}` }), ...trackCols.map(([field]) => amountCell(field, tr[field]))))));
  const bars = el('div', { class: 'bars', id: 'call-bars' },
    legend(),
    bar(`${call.reference} – ${t('whole')}`, callShares(b, b.reserved), 'bar-call'),
    ...b.tracks.map((tr) => bar(`${t('track')} ${tr.number}. ${tr.name}`, callShares(tr, tr.budget || b.budget), `bar-track-${tr.number}`)));
  view.replaceChildren(bars, table, tracks);
}

// ---- a budget article and year -----------------------------------------------------------

async function showArticle(key) {
  if (!key) return;
  const [code, year] = key.split('/');
  const path = `/budget-articles/${encodeURIComponent(code)}/${encodeURIComponent(year)}`;
  const now = await api(path);
  state.article = now;
  renderArticle();
  // the available credit at a handful of instants: from a day before the article was created
  // until now, evenly spaced
  const meta = state.articles.find((a) => a.code === code && String(a.budget_year) === year);
  const from = Date.parse(meta.created_at) - 86400000;
  const to = Date.now();
  const n = 7;
  const instants = Array.from({ length: n }, (_, i) => new Date(from + Math.round(((to - from) * i) / (n - 1))).toISOString());
  const points = await Promise.all(instants.map((at) => api(`${path}?at=${encodeURIComponent(at)}`)));
  state.overTime = { code, year, points };
  renderOverTime();
}

function renderArticle() {
  const view = $('article-view');
  const a = state.article;
  if (!a) { view.replaceChildren(); return; }
  const cols = [['credit', 'credit'], ['reserved_for_calls', 'reservedForCalls'], ['committed', 'committed'], ['paid', 'paid'], ['recovered', 'recovered'], ['released', 'released'], ['available', 'available']];
  const table = el('table', { id: 'article-figures', 'data-article': a.code, 'data-year': a.budget_year },
    el('caption', { text: t('articleFigures', { code: a.code, year: a.budget_year }) }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('creditType') }), ...cols.map(([, w]) => el('th', { scope: 'col', class: 'amount', text: t(w) })))),
    el('tbody', {}, ...a.balances.map((bal) => el('tr', { 'data-credit-type': bal.credit_type },
      el('th', { scope: 'row', text: bal.credit_type }), ...cols.map(([field]) => amountCell(field, bal[field]))))));
  const bars = el('div', { class: 'bars', id: 'article-bars' }, legend(), ...a.balances.map((bal) => {
    const shares = [
      ['paid', bal.paid],
      ['committed', minus(bal.committed, bal.paid)],
      ['reserved', minus(bal.reserved_for_calls, bal.committed)],
      ['available', bal.available],
    ];
    return bar(`${a.code} / ${a.budget_year} ${bal.credit_type}`, { shares, whole: max(bal.credit, sum(...shares.map((s) => s[1]))) }, `bar-article-${bal.credit_type}`);
  }));
  view.replaceChildren(bars, table);
}

function available(view, type) {
  const bal = view.balances.find((b) => b.credit_type === type);
  return bal ? bal.available : '0.00';
}

function renderOverTime() {
  const view = $('over-time-view');
  const o = state.overTime;
  if (!o) { view.replaceChildren(); return; }
  const dates = new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : `${state.lang}-BE`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const when = (p) => dates.format(new Date(p.at));
  const vak = o.points.map((p) => available(p, 'VAK'));
  const top = max(...vak, '0.00');
  // a step chart: x evenly spaced instants, y the VAK available credit
  const W = 600; const H = 200; const pad = 10;
  const xs = o.points.map((_, i) => pad + ((W - 2 * pad) * i) / Math.max(1, o.points.length - 1));
  const ys = vak.map((v) => H - pad - ((H - 2 * pad) * permille(v, top)) / 1000);
  let d = `M ${xs[0]} ${ys[0]}`;
  for (let i = 1; i < xs.length; i += 1) d += ` H ${xs[i]} V ${ys[i]}`;
  const label = t('chartLabel', { code: o.code, year: o.year, points: o.points.map((p, i) => `${when(p)} ${format(vak[i], state.lang)}`).join('; ') });
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, id: 'over-time-chart', focusable: 'false' });
  chart.append(Object.assign(svg('title'), { textContent: label }));
  chart.append(svg('line', { class: 'axis', x1: pad, y1: H - pad, x2: W - pad, y2: H - pad }));
  chart.append(svg('path', { class: 'line', d }));
  xs.forEach((x, i) => chart.append(svg('circle', { class: 'point', cx: x, cy: ys[i], r: 4, 'data-amount': vak[i] })));
  const table = el('table', { id: 'over-time' },
    el('caption', { text: t('overTimeCaption', { code: o.code, year: o.year, n: o.points.length }) }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('instant') }), el('th', { scope: 'col', class: 'amount', text: t('availableVak') }), el('th', { scope: 'col', class: 'amount', text: t('availableVek') }))),
    el('tbody', {}, ...o.points.map((p) => el('tr', { 'data-at': p.at },
      el('th', { scope: 'row' }, el('time', { datetime: p.at, text: when(p) })),
      amountCell('available-VAK', available(p, 'VAK')), amountCell('available-VEK', available(p, 'VEK'))))));
  view.replaceChildren(chart, table);
}

// ---- languages ---------------------------------------------------------------------------

function setLanguage(lang) {
  state.lang = LANGS.includes(lang) ? lang : 'en';
  sessionStorage.setItem('grantdesk.finance.lang', state.lang);
  document.documentElement.lang = state.lang;
  document.title = `grantdesk – ${t('title')}`;
  $('lang').value = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderCall();
  renderArticle();
  renderOverTime();
}

function initialLanguage() {
  const kept = sessionStorage.getItem('grantdesk.finance.lang');
  if (kept) return kept;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const base = String(l).toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'en';
}

function init() {
  setLanguage(initialLanguage());
  $('lang').addEventListener('change', (e) => setLanguage(e.target.value));
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => signOut(true));
  $('call-select').addEventListener('change', (e) => guarded(() => showCall(e.target.value)));
  $('article-select').addEventListener('change', (e) => guarded(() => showArticle(e.target.value)));
  if (token()) guarded(start);
  document.body.dataset.ready = 'true';
}

init();
