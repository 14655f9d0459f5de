import assert from "node:assert/strict";
import { test } from "node:test";

import {
  addDecimals,
  canonicalJson,
  compareCodePoints,
  compareDecimals,
  decimal,
  sha256Hex,
  snapshotDigest,
  verifyReceiptDigest,
} from "../src/index.js";

test("keys are sorted at every depth, without whitespace", () => {
  const one = JSON.parse('{"b":1,"a":{"z":[3,{"y":"x","c":null}],"d":true}}');
  const other = JSON.parse('{ "a": { "d": true, "z": [3, {"c": null, "y": "x"}] }, "b": 1 }');
  assert.equal(canonicalJson(one), '{"a":{"d":true,"z":[3,{"c":null,"y":"x"}]},"b":1}');
  assert.equal(canonicalJson(other), canonicalJson(one));
  assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
});

test("strings are escaped as serde_json escapes them", () => {
  // domain/src/receipt.rs strings_are_escaped_as_json
  assert.equal(
    canonicalJson({ 'quote "q"': "line\nbreak – é \u0001" }),
    '{"quote \\"q\\"":"line\\nbreak – é \\u0001"}',
  );
  assert.equal(canonicalJson("\b\f\n\r\t\\/\u001f\u007f"), '"\\b\\f\\n\\r\\t\\\\/\\u001f\u007f"');
  assert.equal(canonicalJson("Eén \u{1F600}"), '"Eén \u{1F600}"');
  assert.throws(() => canonicalJson("\ud800"), /lone surrogate/);
});

test("keys sort by code point (UTF-8 bytes), not by UTF-16 code units", () => {
  const astral = "\u{1F600}"; // UTF-16 D83D DE00, UTF-8 F0 9F 98 80
  const privateUse = "\uE000"; // UTF-16 E000, UTF-8 EE 80 80
  assert.ok(astral < privateUse, "UTF-16 order puts the astral key first");
  assert.deepEqual([privateUse, astral].sort(), [astral, privateUse], "so does Array.prototype.sort");
  assert.equal(compareCodePoints(privateUse, astral), -1);
  assert.equal(compareCodePoints("ab", "a"), 1);
  assert.equal(compareCodePoints("a", "a"), 0);
  assert.equal(
    canonicalJson({ [astral]: 1, [privateUse]: 2, z: 3, Eén: { b: 1, a: 2 } }),
    `{"Eén":{"a":2,"b":1},"z":3,"${privateUse}":2,"${astral}":1}`,
  );
  const bytes = (s: string) => Buffer.from(s, "utf8");
  assert.equal(Buffer.compare(bytes(privateUse), bytes(astral)), -1);
});

test("numbers are written as serde_json writes them", () => {
  assert.equal(canonicalJson([0, -7, 1, 9007199254740991, 0.1, 1.5, -2.25]), "[0,-7,1,9007199254740991,0.1,1.5,-2.25]");
  assert.equal(canonicalJson([1e-7, 1.5e300, 0.00001]), "[1e-7,1.5e300,0.00001]");
  assert.equal(canonicalJson(123n), "123");
  assert.throws(() => canonicalJson(Number.NaN));
});

test("the digest is the SHA-256 of the canonical form", async () => {
  assert.equal(await sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(await sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const snapshot = { title: "Samen tegen radicalisering" };
  const digest = await sha256Hex('{"title":"Samen tegen radicalisering"}');
  assert.equal(await snapshotDigest(snapshot), digest);
  assert.equal(await verifyReceiptDigest(snapshot, digest), true);
  assert.equal(await verifyReceiptDigest({ title: "Samen tegen radicalisering " }, digest), false);
  assert.equal(await verifyReceiptDigest(null, digest), false);
});

test("decimals are checked strings, summed exactly", () => {
  assert.equal(decimal("12000.10"), "12000.10");
  assert.throws(() => decimal("1e5"), RangeError);
  assert.throws(() => decimal("012.00"), RangeError);
  assert.throws(() => decimal(12000.1 as unknown as string), TypeError);
  assert.equal(addDecimals("12000.10", "0.20"), "12000.30");
  assert.equal(addDecimals("0.1", "0.2"), "0.3");
  assert.equal(addDecimals("1.05", "-2"), "-0.95");
  assert.equal(addDecimals("999999999999.99", "0.01"), "1000000000000.00");
  assert.equal(compareDecimals("1.50", "1.5"), 0);
  assert.equal(compareDecimals("-1", "0.01"), -1);
});
