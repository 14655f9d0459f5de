"""canonical_json and the digest, against the server's own test vectors (domain/src/receipt.rs)."""

from __future__ import annotations

import hashlib
import json

import pytest

from grantdesk_sdk_extras import canonical_json, snapshot_digest, verify_receipt_digest


def test_keys_are_sorted_at_every_depth_without_whitespace() -> None:
    one = json.loads('{"b":1,"a":{"z":[3,{"y":"x","c":null}],"d":true}}')
    other = json.loads('{ "a": { "d": true, "z": [3, {"c": null, "y": "x"}] }, "b": 1 }')
    assert canonical_json(one) == '{"a":{"d":true,"z":[3,{"c":null,"y":"x"}]},"b":1}'
    assert canonical_json(other) == canonical_json(one)
    assert snapshot_digest(one) == snapshot_digest(other)


def test_keys_sort_by_their_utf8_bytes() -> None:
    # "Z" < "a" < "é" (U+00E9, C3 A9) < "€" (U+20AC, E2 82 AC) < "😀" (U+1F600, F0 9F 98 80)
    value = {"😀": 1, "€": 2, "é": 3, "a": 4, "Z": 5}
    assert canonical_json(value) == '{"Z":5,"a":4,"é":3,"€":2,"😀":1}'


def test_array_order_and_values_matter() -> None:
    assert canonical_json([1, 2]) != canonical_json([2, 1])
    assert snapshot_digest({"amount": "60000.00"}) != snapshot_digest({"amount": "60000.01"})


def test_strings_are_escaped_as_serde_json_escapes_them() -> None:
    value = {'quote "q"': "line\nbreak – é \u0001"}
    assert canonical_json(value) == '{"quote \\"q\\"":"line\\nbreak – é \\u0001"}'
    assert canonical_json("\b\f\n\r\t\\/\u001f\u007f") == '"\\b\\f\\n\\r\\t\\\\/\\u001f\u007f"'
    # non-ASCII is written as itself, in UTF-8
    assert canonical_json({"title": "Eén-op-één"}) == '{"title":"Eén-op-één"}'
    assert snapshot_digest({"title": "Eén"}) == hashlib.sha256('{"title":"Eén"}'.encode()).hexdigest()


def test_numbers_as_serde_json_writes_them() -> None:
    assert canonical_json([0, -7, 18446744073709551615, True, False, None]) == (
        "[0,-7,18446744073709551615,true,false,null]"
    )
    floats = [1.0, 1.5, 100.0, 0.1, 1e20, 1e16, 1e15, 1.5e-7, 1e-5, 0.0001, -0.0, 5e-324]
    assert canonical_json(floats) == (
        "[1.0,1.5,100.0,0.1,1e20,1e16,1000000000000000.0,1.5e-7,0.00001,0.0001,-0.0,5e-324]"
    )
    with pytest.raises(ValueError):
        canonical_json(float("nan"))


def test_the_servers_receipt_vector() -> None:
    # Receipt::issue in domain/src/receipt.rs
    snapshot = {"title": "Samen tegen radicalisering"}
    digest = hashlib.sha256(b'{"title":"Samen tegen radicalisering"}').hexdigest()
    assert snapshot_digest(snapshot) == digest
    assert verify_receipt_digest(snapshot, digest)
    assert verify_receipt_digest(snapshot, digest.upper())
    assert not verify_receipt_digest({"title": "Samen tegen radicalisering "}, digest)
    assert not verify_receipt_digest(snapshot, "")
