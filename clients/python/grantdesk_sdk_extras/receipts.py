"""The receipt digest, computed exactly as the server computes it.

A receipt's digest is the lowercase hex SHA-256 of the UTF-8 bytes of the canonical JSON of
the frozen snapshot (domain/src/receipt.rs, `canonical_json` and `snapshot_digest`):

* object keys sorted by their UTF-8 bytes, at every depth; arrays keep their order;
* no whitespace between tokens;
* strings escaped as serde_json escapes them: `\\"`, `\\\\`, `\\b \\f \\n \\r \\t`, any other
  control character below U+0020 as `\\u00xx` (lowercase hex), everything else (non-ASCII
  included, "Eén") as itself;
* numbers as serde_json writes them: integers as digits, other numbers as the shortest
  decimal that reads back as the same 64-bit float ("1.5", "100.0", "1e20", "1.5e-7").

The snapshot is the JSON value as parsed by `json.loads` (or `ReceiptView.snapshot.to_dict()`
from the generated client): dicts, lists, str, int, float, bool and None.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

__all__ = ["canonical_json", "snapshot_digest", "verify_receipt_digest"]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _string(text: str) -> str:
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char < " ":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _float(number: float) -> str:
    """An f64 as serde_json writes it (the ryu crate): the shortest digits that read back as the
    same float (Python's repr finds the same digits), laid out as ryu lays them out."""
    if not math.isfinite(number):
        raise ValueError(f"{number!r} is not a JSON number")
    sign = "-" if math.copysign(1.0, number) < 0 else ""
    # repr gives the shortest round-trip digits ("1.5e-07", "100.0"): as digits × 10^exponent,
    # without leading or trailing zeros ("15", -8; "1", 2)
    mantissa, _, exp_text = repr(abs(number)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    if not digits:
        return sign + "0.0"
    exponent = (int(exp_text) if exp_text else 0) - len(fraction)
    stripped = digits.rstrip("0")
    exponent += len(digits) - len(stripped)
    digits = stripped
    length = len(digits)
    kk = length + exponent  # 10^(kk-1) <= |number| < 10^kk
    if 0 <= exponent and kk <= 16:
        return sign + digits + "0" * exponent + ".0"
    if 0 < kk <= 16:
        return sign + digits[:kk] + "." + digits[kk:]
    if -5 < kk <= 0:
        return sign + "0." + "0" * (-kk) + digits
    if length == 1:
        return f"{sign}{digits}e{kk - 1}"
    return f"{sign}{digits[0]}.{digits[1:]}e{kk - 1}"


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, Mapping):
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"object keys must be strings, not {type(key).__name__}")
            items.append((key.encode("utf-8", "surrogatepass"), key, item))
        items.sort(key=lambda entry: entry[0])
        out.append("{")
        for index, (_, key, item) in enumerate(items):
            if index:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        # serde_json (without arbitrary_precision) keeps integers in i64/u64, others as f64
        out.append(str(value) if -(2**63) <= value < 2**64 else _float(float(value)))
    elif isinstance(value, (float, Decimal)):
        out.append(_float(float(value)))
    elif isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} is not a JSON value")


def canonical_json(value: Any) -> str:
    """The canonical JSON text of `value`, as the server writes it before hashing."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def snapshot_digest(snapshot: Any) -> str:
    """The lowercase hex SHA-256 of the canonical JSON of `snapshot` (a receipt's digest)."""
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8", "surrogatepass")).hexdigest()


def verify_receipt_digest(snapshot: Any, digest: str) -> bool:
    """Whether `digest` (from a receipt) is the digest of `snapshot` (its frozen content)."""
    if not isinstance(digest, str) or not digest.isascii():
        return False
    return hmac.compare_digest(snapshot_digest(snapshot), digest.lower())
