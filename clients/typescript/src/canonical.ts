/**
 * The canonical JSON of a receipt's snapshot, exactly as the server computes it
 * (domain/src/receipt.rs `canonical_json`): object keys sorted by their UTF-8 bytes at every
 * depth, no whitespace, strings escaped as serde_json escapes them, numbers as serde_json writes
 * them. The receipt's digest is the lowercase hex SHA-256 of its UTF-8 bytes.
 */

/**
 * Compares two strings as their UTF-8 bytes compare, which is by Unicode code point. JavaScript's
 * `<` compares UTF-16 code units, which differs for characters above U+FFFF (a surrogate pair,
 * 0xD800..0xDBFF, sorts before U+E000..U+FFFF in UTF-16 but after it in UTF-8).
 */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: "\\\\",
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
};

/** A JSON string as serde_json writes it: `"` `\` and controls below U+0020 escaped, the rest raw. */
export function jsonString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const short = SHORT_ESCAPES[unit];
    if (short !== undefined) {
      out += short;
    } else if (unit < 0x20) {
      out += "\\u00" + unit.toString(16).padStart(2, "0");
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      // A surrogate must be half of a pair: a lone one cannot be UTF-8, nor come from the server.
      const next = value.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!;
        i++;
      } else {
        throw new TypeError(`lone surrogate U+${unit.toString(16).toUpperCase()} at ${i} in a string`);
      }
    } else {
      out += value[i]!;
    }
  }
  return out + '"';
}

/**
 * A number as serde_json writes it. Integers are written as integers; other numbers in the
 * shortest form that reads back the same, laid out as Rust's `ryu` lays it out ("0.1", "1e-7",
 * "1.5e300"). A JSON number like `1.0` reads into JavaScript as the integer 1, so a snapshot with
 * such a float could not be verified from parsed JSON; grantdesk's snapshots hold integers only.
 */
export function jsonNumber(value: number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  if (!Number.isFinite(value)) {
    throw new TypeError(`${value} has no JSON form`);
  }
  if (Number.isInteger(value) && Math.abs(value) < 1e21) {
    return BigInt(value).toString();
  }
  // Shortest round-trip digits and exponent, then ryu's layout (ryu's `format64`).
  const [mantissa, exp] = value.toExponential().split("e") as [string, string];
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const length = digits.length;
  const kk = Number(exp) + 1; // 10^(kk-1) <= |value| < 10^kk
  const k = kk - length;
  let out: string;
  if (k >= 0 && kk <= 16) {
    out = digits + "0".repeat(k) + ".0";
  } else if (kk > 0 && kk <= 16) {
    out = digits.slice(0, kk) + "." + digits.slice(kk);
  } else if (kk > -5 && kk <= 0) {
    out = "0." + "0".repeat(-kk) + digits;
  } else if (length === 1) {
    out = digits + "e" + (kk - 1);
  } else {
    out = digits[0] + "." + digits.slice(1) + "e" + (kk - 1);
  }
  return (negative ? "-" : "") + out;
}

/** The canonical JSON text of `value` (a value parsed from JSON: objects, arrays, strings, numbers, booleans, null). */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
    case "bigint":
      return jsonNumber(value);
    case "string":
      return jsonString(value);
    case "object": {
      if (Array.isArray(value)) {
        return "[" + value.map((item) => canonicalJson(item)).join(",") + "]";
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => compareCodePoints(a, b));
      return "{" + entries.map(([key, item]) => jsonString(key) + ":" + canonicalJson(item)).join(",") + "}";
    }
    default:
      throw new TypeError(`a ${typeof value} has no JSON form`);
  }
}

/** The lowercase hex SHA-256 of a text's UTF-8 bytes (Web Crypto: Node 20+ and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error("Web Crypto (globalThis.crypto.subtle) is not available");
  const hash = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The digest a receipt carries for this snapshot: `sha256_hex(canonical_json(snapshot))`. */
export function snapshotDigest(snapshot: unknown): Promise<string> {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Whether `digest` (from a receipt) is the SHA-256 of the snapshot's canonical JSON: true when the
 * snapshot is exactly what the server received, false when anything in it changed.
 */
export async function verifyReceiptDigest(snapshot: unknown, digest: string): Promise<boolean> {
  if (snapshot === null || snapshot === undefined) return false;
  return (await snapshotDigest(snapshot)) === digest.toLowerCase();
}
