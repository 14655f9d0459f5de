// Renders grantdesk's finance dashboard (/finance/) in headless Chromium (Debian's, driven by
// playwright-core) against a running demo server and checks that:
//  - a finance account signs in through the form (and a wrong password shows the problem),
//  - for every call, the figures shown (data-amount and the displayed text) equal
//    GET /api/v1/calls/{id}/budget to the cent, the whole call and each track
//    (the reference call EXP23's 750,000.00, the practice call's two tracks),
//  - the article/year figures equal GET /api/v1/budget-articles/{code}/{year}, and each row of
//    the over-time table equals the same request with ?at=<that row's instant>,
//  - nl and fr change the labels and format the figures ("750.000,00"),
//  - axe-core finds no serious or critical violation, and Tab reaches the controls,
//  - and keeps a screenshot.
// Usage: BASE_URL=http://127.0.0.1:PORT [ARTIFACTS_DIR=dir] [SCREENSHOT_NAME=finance.png] node test.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const BASE = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const EMAIL = 'finance@grantdesk.local';
const PASSWORD = 'demo-finance-password';
const ARTIFACTS = process.env.ARTIFACTS_DIR || process.env.TMPDIR || os.tmpdir();
const SHOT = path.join(ARTIFACTS, process.env.SCREENSHOT_NAME || 'finance.png');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`FAIL ${what}${detail ? `: ${detail}` : ''}`);
  }
}
function equal(actual, expected, what) {
  check(actual === expected, what, `shown ${JSON.stringify(actual)}, API ${JSON.stringify(expected)}`);
}

// the display format, written here independently of the page's money.js: grouping by string
function shown(amount, lang) {
  if (amount === null) return '—';
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not an amount: ${amount}`);
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  let whole = m[2];
  const parts = [];
  while (whole.length > 3) { parts.unshift(whole.slice(-3)); whole = whole.slice(0, -3); }
  parts.unshift(whole);
  return `${m[1]}${parts.join(group)}${decimal}${m[3]}`;
}

async function api(pathname, token) {
  const res = await fetch(BASE + pathname, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function apiToken() {
  const res = await fetch(`${BASE}/api/v1/auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status}`);
  return (await res.json()).access_token;
}

/** data-amount and text of the amount cells under `selector`, by data-field. */
async function cells(page, selector) {
  return page.$$eval(`${selector} td[data-field]`, (tds) => Object.fromEntries(tds.map((td) => [td.dataset.field,
    { amount: td.dataset.amount === '' ? null : td.dataset.amount, text: td.dataset.amount === '' ? '—' : td.textContent }])));
}

function compare(got, expected, fields, what, lang) {
  for (const [field, apiField] of fields) {
    const want = expected[apiField];
    if (!got[field]) { check(false, `${what} ${field}`, 'not shown'); continue; }
    equal(got[field].amount, want, `${what} ${field} (data-amount)`);
    equal(got[field].text, shown(want, lang), `${what} ${field} (text, ${lang})`);
  }
}

const CALL_FIELDS = ['budget', 'reserved', 'awarded', 'held', 'paid', 'released', 'freed', 'remaining'].map((f) => [f, f]);
const TRACK_FIELDS = ['budget', 'awarded', 'held', 'paid', 'remaining'].map((f) => [f, f]);
const ARTICLE_FIELDS = ['credit', 'reserved_for_calls', 'committed', 'paid', 'recovered', 'released', 'available'].map((f) => [f, f]);

async function checkCall(page, token, call, lang) {
  await page.selectOption('#call-select', call.id);
  await page.waitForSelector(`#call-figures[data-call="${call.id}"]`);
  await page.waitForSelector(`#article-figures[data-article="${call.budget_article}"][data-year="${call.budget_year}"]`);
  const budget = await api(`/api/v1/calls/${call.id}/budget`, token);
  compare(await cells(page, '#call-figures'), budget, CALL_FIELDS, `${call.reference}`, lang);
  for (const track of budget.tracks) {
    compare(await cells(page, `#track-figures tr[data-track="${track.number}"]`), track, TRACK_FIELDS, `${call.reference} track ${track.number}`, lang);
    const label = await page.getAttribute(`#bar-track-${track.number}`, 'aria-label');
    check(label && label.includes(track.name), `${call.reference} track ${track.number}'s bar is labelled`, label);
    if (track.remaining !== null) {
      check(label.includes(shown(track.remaining, lang)), `${call.reference} track ${track.number}'s bar reads its available figure`, label);
    }
  }
  const callLabel = await page.getAttribute('#bar-call', 'aria-label');
  check(callLabel && callLabel.includes(shown(budget.remaining, lang)), `${call.reference}'s bar reads its available figure`, callLabel);
  return budget;
}

async function checkArticle(page, token, code, year, lang) {
  const article = await api(`/api/v1/budget-articles/${code}/${year}`, token);
  for (const balance of article.balances) {
    compare(await cells(page, `#article-figures tr[data-credit-type="${balance.credit_type}"]`), balance, ARTICLE_FIELDS, `${code}/${year} ${balance.credit_type}`, lang);
  }
  await page.waitForSelector('#over-time tbody tr');
  const rows = await page.$$eval('#over-time tbody tr', (trs) => trs.map((tr) => tr.dataset.at));
  check(rows.length >= 5, `${code}/${year} over time has a handful of instants`, String(rows.length));
  for (const at of rows) {
    const then = await api(`/api/v1/budget-articles/${code}/${year}?at=${encodeURIComponent(at)}`, token);
    const got = await cells(page, `#over-time tr[data-at="${at}"]`);
    for (const type of ['VAK', 'VEK']) {
      const want = then.balances.find((b) => b.credit_type === type).available;
      equal(got[`available-${type}`]?.amount, want, `${code}/${year} available ${type} at ${at} (data-amount)`);
      equal(got[`available-${type}`]?.text, shown(want, lang), `${code}/${year} available ${type} at ${at} (text)`);
    }
  }
  const chart = await page.getAttribute('#over-time-chart', 'aria-label');
  check(Boolean(chart), `${code}/${year} over-time chart is labelled`);
}

async function axe(page, when) {
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  for (const v of violations) console.log(`axe (${when}): ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe-core (${when}): no serious or critical violation`, bad.map((v) => v.id).join(', '));
  console.log(`axe (${when}): ${violations.length} violation(s), ${bad.length} serious or critical`);
}

/** The ids that Tab reaches, from the top of the page, in order. */
async function tabOrder(page, presses) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.focus('body');
  const ids = [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    ids.push(await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return '';
      const visible = getComputedStyle(a).outlineStyle !== 'none' || a.matches(':focus-visible');
      return `${a.id || a.tagName.toLowerCase()}${visible ? '' : '(no visible focus)'}`;
    }));
  }
  return ids;
}

async function main() {
  const token = await apiToken();
  const calls = (await api('/api/v1/calls?per_page=100', token)).items;
  const reference = calls.find((c) => c.reference === 'EXP23');
  const practice = calls.find((c) => c.reference === 'PRACTICE');
  if (!reference || !practice) throw new Error(`the demo calls EXP23 and PRACTICE are missing: ${calls.map((c) => c.reference)}`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    // the page may reach this server only
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${BASE}/`) || url.startsWith('data:')) return route.continue();
      check(false, 'a request only to this server', url);
      return route.abort();
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !/401|Unauthorized/.test(m.text())) problems.push(`console: ${m.text()}`); });

    const res = await page.goto(`${BASE}/finance/`);
    check(res.status() === 200, '/finance/ is served', String(res.status()));
    await page.waitForSelector('body[data-ready="true"]');
    // axe-core through the DevTools protocol: the page's own CSP (script-src 'self') stays on
    // and would refuse an injected <script>
    await page.evaluate(AXE_SOURCE);
    equal(await page.getAttribute('html', 'lang'), 'en', 'the language follows the browser (en-GB)');
    equal(await page.textContent('label[for="email"]'), 'E-mail address', 'the e-mail field is labelled');
    equal(await page.textContent('label[for="password"]'), 'Password', 'the password field is labelled');
    await axe(page, 'sign-in');

    const signInOrder = await tabOrder(page, 6);
    console.log(`Tab order on the sign-in page: ${signInOrder.join(' → ')}`);
    for (const id of ['lang', 'email', 'password', 'sign-in-button']) {
      check(signInOrder.includes(id), `Tab reaches #${id} with a visible focus`, signInOrder.join(', '));
    }

    // a wrong password: the API's problem in the live region
    await page.fill('#email', EMAIL);
    await page.fill('#password', 'not-the-password');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('error').textContent.trim() !== '');
    const error = await page.textContent('#error');
    check(error.trim().length > 0, 'a refused sign-in is announced', error);
    check(await page.isHidden('#dashboard'), 'no dashboard without signing in');

    // signing in through the form
    await page.fill('#password', PASSWORD);
    await page.click('#sign-in-button');
    await page.waitForSelector('#call-figures');
    equal(await page.textContent('#error'), '', 'the error is cleared after signing in');

    // every call: the reference call's 750,000.00, the practice call's two tracks
    for (const call of [practice, reference]) await checkCall(page, token, call, 'en');
    const expBudget = await page.$eval('#call-figures td[data-field="budget"]', (td) => [td.dataset.amount, td.textContent]);
    equal(expBudget.join(' '), '750000.00 750,000.00', 'the reference call shows 750,000.00');
    await checkArticle(page, token, reference.budget_article, reference.budget_year, 'en');

    await checkCall(page, token, practice, 'en');
    const practiceTracks = await page.$$eval('#track-figures tbody tr', (trs) => trs.map((tr) => tr.querySelector('td[data-field="budget"]').textContent));
    equal(practiceTracks.join(' + '), '60,000.00 + 40,000.00', 'the practice call is split over its two tracks');
    await checkArticle(page, token, practice.budget_article, practice.budget_year, 'en');
    await page.screenshot({ path: SHOT, fullPage: true });
    console.log(`screenshot: ${SHOT}`);

    await axe(page, 'dashboard, en');
    const order = await tabOrder(page, 8);
    console.log(`Tab order on the dashboard: ${order.join(' → ')}`);
    for (const id of ['lang', 'sign-out', 'call-select', 'article-select']) {
      check(order.includes(id), `Tab reaches #${id} with a visible focus`, order.join(', '));
    }

    // the other languages: labels change, figures are formatted, still equal to the API's
    for (const [lang, callLabel] of [['nl', 'Oproep'], ['fr', 'Appel']]) {
      await page.selectOption('#lang', lang);
      equal(await page.getAttribute('html', 'lang'), lang, `<html lang> follows the switch to ${lang}`);
      equal(await page.textContent('label[for="call-select"]'), callLabel, `the call selector's label in ${lang}`);
      await checkCall(page, token, reference, lang);
      equal(await page.textContent('#call-figures td[data-field="budget"]'), '750.000,00', `the reference call's budget in ${lang}`);
      await checkArticle(page, token, reference.budget_article, reference.budget_year, lang);
      await checkCall(page, token, practice, lang);
      await axe(page, `dashboard, ${lang}`);
    }
    await page.selectOption('#lang', 'en');

    check(problems.length === 0, 'no script error or blocked resource in the page', problems.join('; '));
  } finally {
    await browser.close();
  }
}

const started = Date.now();
try {
  await main();
} catch (e) {
  failed += 1;
  console.error(`FAIL ${e.stack || e}`);
}
console.log(`finance dashboard in Chromium (${BASE}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
