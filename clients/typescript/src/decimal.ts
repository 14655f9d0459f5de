/**
 * Amounts and scores travel as decimal strings ("750000.00", "-12.5"), never as numbers: a
 * binary float cannot hold 0.10 exactly. Every schema property with `format: "decimal"` in
 * openapi.json is typed as `Decimal` (see scripts/generate.mjs).
 *
 * `Decimal` is a template-literal type: a string literal that reads as a number ("12000.10")
 * type-checks, a number (12000.1) or an unchecked `string` does not; a `Decimal` is a `string`,
 * so it prints and compares as one. For a string known only at run time, {@link decimal} checks
 * the strict form (digits, an optional fraction: no exponent, no leading zeros) and types it.
 *
 * (A branded `string & { brand }` would be stricter, but openapi-fetch's `Readable`/`Writable`
 * types map over object types and would turn it into an object in every request and response.)
 */
export type Decimal = `${number}`;

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Whether `value` is a decimal string: an optional minus, digits without leading zeros, an optional fraction. */
export function isDecimal(value: unknown): value is Decimal {
  return typeof value === "string" && DECIMAL.test(value);
}

/**
 * Checks a decimal string and types it as `Decimal`. Numbers are refused (a float is never
 * converted): pass "12000.10", not 12000.1.
 */
export function decimal(value: string): Decimal {
  if (typeof value !== "string") {
    throw new TypeError(`a decimal must be a string like "12000.10", not a ${typeof value}`);
  }
  if (!DECIMAL.test(value)) {
    throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  }
  return value as Decimal;
}

function parts(value: string): { negative: boolean; digits: string; scale: number } {
  decimal(value);
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = (negative ? value.slice(1) : value).split(".");
  return { negative, digits: (whole ?? "") + fraction, scale: fraction.length };
}

function toUnits(value: string, scale: number): bigint {
  const p = parts(value);
  const units = BigInt(p.digits) * 10n ** BigInt(scale - p.scale);
  return p.negative ? -units : units;
}

function fromUnits(units: bigint, scale: number): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const text = (negative ? "-" : "") + whole + (scale > 0 ? "." + fraction : "");
  return text as Decimal;
}

/** The exact sum of decimal strings, with the largest scale among them ("12000.10" + "0.2" = "12000.30"). */
export function addDecimals(...values: string[]): Decimal {
  const scale = Math.max(0, ...values.map((v) => parts(v).scale));
  return fromUnits(values.reduce((sum, v) => sum + toUnits(v, scale), 0n), scale);
}

/** Compares two decimal strings exactly: -1, 0 or 1 ("1.50" equals "1.5"). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const scale = Math.max(parts(a).scale, parts(b).scale);
  const x = toUnits(a, scale);
  const y = toUnits(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
