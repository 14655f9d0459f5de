#!/usr/bin/env python3
"""Check that an audit entry is in grantdesk's audit log, with Python's standard library only.

Usage:
    python3 tools/verify_inclusion.py PROOF.json --verifier-key 'name+keyid+base64key'

PROOF.json is the answer of `GET /api/v1/log/proofs/inclusion?entry_id=...` (or `?index=...`).
The verifier key is the log's public key, taken from somewhere you trust (the funder's
publication, not the same answer). The script checks, and says which check failed:

1. the leaf hash is SHA-256(0x00 || leaf bytes) (RFC 9162 §2.1.1);
2. the audit path leads from the leaf to a root (RFC 9162 §2.1.3.2);
3. the checkpoint is a C2SP signed note with a valid Ed25519 signature (RFC 8032) by the key,
   for the same tree size and that root.

Exit status 0 when everything holds, 1 otherwise.
"""

import argparse
import base64
import hashlib
import json
import sys

# --- Ed25519 verification (RFC 8032 §5.1.7, after its §6 reference code) ----------------------
P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 % P == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def _add(a, b):
    A = (a[1] - a[0]) * (b[1] - b[0]) % P
    B = (a[1] + a[0]) * (b[1] + b[0]) % P
    C = 2 * a[3] * b[3] * D % P
    Dd = 2 * a[2] * b[2] % P
    E, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (E * F % P, G * H % P, F * G % P, E * H % P)


def _mul(s, pt):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, pt)
        pt = _add(pt, pt)
        s >>= 1
    return q


def _equal(a, b):
    return (a[0] * b[2] - b[0] * a[2]) % P == 0 and (a[1] * b[2] - b[1] * a[2]) % P == 0


def _decompress(s):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % P)


_GY = 4 * pow(5, P - 2, P) % P
_G = (_recover_x(_GY, 0), _GY, 1, _recover_x(_GY, 0) * _GY % P)


def ed25519_verify(public, message, signature):
    if len(public) != 32 or len(signature) != 64:
        return False
    a = _decompress(public)
    r = _decompress(signature[:32])
    if a is None or r is None:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= L:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % L
    return _equal(_mul(s, _G), _add(r, _mul(h, a)))


# --- the Merkle tree (RFC 9162 §2.1) -------------------------------------------------------
def leaf_hash(leaf):
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_inclusion(index, size, leaf, path):
    """RFC 9162 §2.1.3.2: the root the audit path leads to, or None when it cannot fit."""
    if index >= size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


# --- the C2SP signed note and checkpoint ---------------------------------------------------
def parse_verifier_key(vkey):
    name, keyid, key = vkey.strip().split("+", 2)
    blob = base64.b64decode(key, validate=True)
    if len(blob) != 33 or blob[0] != 0x01:
        raise ValueError("only Ed25519 verifier keys (type 0x01) are supported")
    public = blob[1:]
    expected = hashlib.sha256(name.encode() + b"\n" + b"\x01" + public).digest()[:4]
    if expected.hex() != keyid.lower():
        raise ValueError("the verifier key's id does not match its key")
    return name, expected, public


def open_checkpoint(note, vkey):
    """The (origin, size, root) of a note signed by the verifier key, or raises ValueError."""
    name, keyid, public = parse_verifier_key(vkey)
    if "\n\n" not in note:
        raise ValueError("the note has no blank line before its signatures")
    body, signatures = note.split("\n\n", 1)
    body += "\n"
    signed = False
    for line in signatures.splitlines():
        if not line.startswith("\u2014 "):
            raise ValueError("a signature line does not start with an em dash")
        sig_name, sig = line[2:].split(" ", 1)
        blob = base64.b64decode(sig, validate=True)
        if sig_name != name or blob[:4] != keyid:
            continue
        if not ed25519_verify(public, body.encode(), blob[4:]):
            raise ValueError("the checkpoint's signature does not verify")
        signed = True
    if not signed:
        raise ValueError("the checkpoint carries no signature by this key")
    lines = body.split("\n")
    return lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)


def check(proof, vkey):
    """Every check in order; returns the failures (empty when the proof holds)."""
    entry = proof["entry"]
    leaf = base64.b64decode(entry["leaf"], validate=True)
    lh = leaf_hash(leaf)
    if lh.hex() != entry["leaf_hash"]:
        return ["the leaf hash is not SHA-256(0x00 || leaf)"]
    path = [bytes.fromhex(h) for h in proof["proof"]]
    size = int(proof["tree_size"])
    root = root_from_inclusion(int(entry["index"]), size, lh, path)
    if root is None:
        return ["the audit path does not fit the index and the tree size"]
    try:
        origin, cp_size, cp_root = open_checkpoint(proof["checkpoint"]["note"], vkey)
    except (ValueError, KeyError, IndexError) as e:
        return [f"the checkpoint: {e}"]
    failures = []
    if cp_size != size:
        failures.append(f"the checkpoint is for {cp_size} entries, the proof for {size}")
    if cp_root != root:
        failures.append("the audit path does not lead to the checkpoint's root")
    return failures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("proof", help="the inclusion proof (JSON), '-' for standard input")
    ap.add_argument("--verifier-key", required=True,
                    help="the log's public key: name+keyid+base64(0x01 || key)")
    a = ap.parse_args(argv)
    text = sys.stdin.read() if a.proof == "-" else open(a.proof, encoding="utf-8").read()
    proof = json.loads(text)
    failures = check(proof, a.verifier_key)
    if failures:
        for f in failures:
            print(f"NOT VERIFIED: {f}")
        return 1
    e = proof["entry"]
    print(f"verified: entry {e['entry_id']} ({e['action']}) is leaf {e['index']} of the "
          f"{proof['tree_size']} entries of the log signed by {a.verifier_key.split('+')[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
