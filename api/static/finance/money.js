// Exact money for the finance dashboard: the API's decimal strings ("750000.00") are read into
// BigInt cents and written back as text by string manipulation only. No amount shown as text
// ever passes through a JavaScript float (Number, parseFloat); only bar and chart geometry,
// which is never shown as a figure, is derived as a ratio.

const AMOUNT = /^(-?)(\d+)\.(\d{2})$/;

/** The cents of an API amount string, as a BigInt (throws on anything else). */
export function cents(amount) {
  const m = AMOUNT.exec(String(amount));
  if (!m) throw new Error(`not an amount: ${amount}`);
  const value = BigInt(m[2]) * 100n + BigInt(m[3]);
  return m[1] === '-' ? -value : value;
}

/** The API's own string for BigInt cents ("750000.00"). */
export function amountOf(c) {
  const negative = c < 0n;
  const abs = negative ? -c : c;
  const whole = (abs / 100n).toString();
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

const SEPARATORS = {
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
  fr: { group: '.', decimal: ',' },
};

/** An API amount string for display in a language: en "750,000.00", nl and fr "750.000,00". */
export function format(amount, lang) {
  const m = AMOUNT.exec(String(amount));
  if (!m) throw new Error(`not an amount: ${amount}`);
  const { group, decimal } = SEPARATORS[lang] || SEPARATORS.en;
  const whole = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${m[1]}${whole}${decimal}${m[3]}`;
}

/** `a - b` on amount strings, never below zero (a share of a bar). */
export function minus(a, b) {
  const d = cents(a) - cents(b);
  return amountOf(d < 0n ? 0n : d);
}

/** The larger of amount strings. */
export function max(...amounts) {
  return amountOf(amounts.map(cents).reduce((x, y) => (y > x ? y : x), 0n));
}

/** The sum of amount strings. */
export function sum(...amounts) {
  return amountOf(amounts.map(cents).reduce((x, y) => x + y, 0n));
}

/** `part / whole` in thousandths (0..1000) for geometry only; 0 when the whole is 0. */
export function permille(part, whole) {
  const w = cents(whole);
  if (w <= 0n) return 0;
  const p = cents(part);
  const r = (p * 1000n) / w;
  return Number(r < 0n ? 0n : r > 1000n ? 1000n : r);
}
