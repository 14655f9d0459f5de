#!/usr/bin/env python3
"""Prepares the deadline surge through the HTTP API (Python 3.11 stdlib only).

Signs in an admin and a finance user (created beforehand with `grantdesk user create`),
creates and credits a budget article, drafts a call whose deadline is ~1 day ahead, records
the three gates and opens it; signs up APPLICANTS applicants; then, with THREADS parallel
workers, registers N organisations (valid KBO numbers), creates one complete draft per
organisation and uploads its application form (a tiny PDF).

Writes:
  <out>/ids.txt     one line per application: "<application id> <bearer token>"
  <out>/setup.json  call id, article, year, tokens, timings
"""

import argparse
import http.client
import json
import random
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

try:
    from zoneinfo import ZoneInfo

    BRUSSELS = ZoneInfo("Europe/Brussels")
    ZONE_NAME = "Europe/Brussels"
except Exception:  # no tzdata: fall back to UTC
    BRUSSELS = timezone.utc
    ZONE_NAME = "UTC"

# a whole one-page PDF (the server checks the header, startxref and %%EOF): the tests' own
TINY_PDF = (Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "one-page.pdf").read_bytes()

_local = threading.local()


class Api:
    def __init__(self, host, port):
        self.host, self.port = host, port

    def _conn(self):
        c = getattr(_local, "conn", None)
        if c is None:
            c = http.client.HTTPConnection(self.host, self.port, timeout=120)
            _local.conn = c
        return c

    def call(self, method, path, token=None, body=None, raw=None, content_type=None):
        headers = {}
        data = None
        if token:
            headers["authorization"] = f"Bearer {token}"
        if body is not None:
            data = json.dumps(body).encode()
            headers["content-type"] = "application/json"
        elif raw is not None:
            data = raw
            headers["content-type"] = content_type
        for attempt in range(3):
            c = self._conn()
            try:
                c.request(method, "/api/v1" + path, body=data, headers=headers)
                r = c.getresponse()
                text = r.read()
                break
            except (http.client.HTTPException, OSError):
                c.close()
                _local.conn = None
                if attempt == 2:
                    raise
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
        return r.status, parsed, text

    def expect(self, status, method, path, **kw):
        got, body, text = self.call(method, path, **kw)
        if got != status:
            raise RuntimeError(f"{method} {path}: expected {status}, got {got}: {text[:500]!r}")
        return body


def kbo(n):
    """A valid Belgian enterprise number: 8 leading digits B, check = 97 - B % 97."""
    first8 = 2_000_000 + n
    check = 97 - first8 % 97
    return f"{first8:08d}{check:02d}"


def multipart(kind, filename, content):
    boundary = "bench" + uuid.uuid4().hex
    parts = [
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n".encode(),
        (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n"
        ).encode()
        + content
        + b"\r\n",
        f"--{boundary}--\r\n".encode(),
    ]
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def token(api, email, password):
    body = api.expect(200, "POST", "/auth/token", body={"email": email, "password": password})
    return body["access_token"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--applicants", type=int, default=50)
    p.add_argument("--threads", type=int, default=16)
    p.add_argument("--admin-email", required=True)
    p.add_argument("--finance-email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--article", default="BEN-0000001-WT")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    api = Api("127.0.0.1", a.port)
    t0 = time.monotonic()

    admin = token(api, a.admin_email, a.password)
    finance = token(api, a.finance_email, a.password)

    now_local = datetime.now(BRUSSELS)
    year = now_local.year
    api.expect(201, "POST", "/budget-articles", token=finance,
               body={"code": a.article, "budget_year": year, "description": "benchmark article"})
    api.expect(201, "POST", f"/budget-articles/{a.article}/{year}/credits", token=finance,
               body={"transfer_id": str(uuid.uuid4()), "amount": "100000000.00",
                     "reference": "benchmark credit"})
    deadline = (now_local + timedelta(days=1)).replace(second=0, microsecond=0)
    reference = "BENCH" + "".join(random.choice("0123456789") for _ in range(6))
    call = api.expect(201, "POST", "/calls", token=admin, body={
        "reference": reference,
        "title": "Benchmark call (deadline surge)",
        "description": "Created by bench/prepare.py",
        "budget": "50000000.00",
        "budget_article": a.article,
        "budget_year": year,
        "tracks": [{"name": "Track one"}, {"name": "Track two"}],
        # a call opens only with assessment criteria
        "criteria": [{"key": "quality", "name": "Kwaliteit", "weight": 1, "max_score": 10}],
        "deadline": deadline.strftime("%Y-%m-%dT%H:%M"),
        "time_zone": ZONE_NAME,
        "start_date": (deadline + timedelta(days=60)).strftime("%Y-%m-%d"),
        "questions": [
            {"key": "expertise", "label": "Welke expertise brengt u in?", "required": True,
             "max_length": 2000},
            {"key": "approach", "label": "Hoe pakt u het aan?", "required": False,
             "max_length": 2000},
        ],
        "attachment_kinds": [
            {"kind": "application_form", "label": "Aanvraagformulier", "required": True}
        ],
    })
    call_id = call["id"]
    today = now_local.strftime("%Y-%m-%d")
    for gate, ref in [("if_advice", "GDR/BENCH"), ("budget_agreement", "BA-BENCH"),
                      ("government_approval", "VR-BENCH")]:
        api.expect(201, "POST", f"/calls/{call_id}/gates/{gate}", token=admin,
                   body={"reference": ref, "date": today, "verdict": "favourable"})
    api.expect(200, "POST", f"/calls/{call_id}/open", token=admin, body={})
    t_call = time.monotonic()

    # applicants (argon2 hashing makes sign-up and sign-in deliberately slow: a few of them)
    n_app = max(1, min(a.applicants, a.n))

    def signup(i):
        email = f"bench-{i}-{uuid.uuid4().hex[:8]}@bench.example"
        pw = "a-long-benchmark-password"
        api.expect(201, "POST", "/auth/signup",
                   body={"email": email, "password": pw, "display_name": f"Bench {i}"})
        return token(api, email, pw)

    with ThreadPoolExecutor(a.threads) as ex:
        tokens = list(ex.map(signup, range(n_app)))
    t_users = time.monotonic()

    pdf_body, pdf_type = multipart("application_form", "aanvraag.pdf", TINY_PDF)

    def prepare(i):
        tok = tokens[i % n_app]
        org = api.expect(201, "POST", "/organisations", token=tok, body={
            "name": f"Gemeente Bench {i}", "kbo": kbo(i + 1), "kind": "local_government",
            "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}})
        app = api.expect(201, "POST", f"/calls/{call_id}/applications", token=tok, body={
            "organisation_id": org["id"], "track": 1 + i % 2,
            "title": f"Aanvraag {i}", "summary": "Ondersteuning van lokale besturen.",
            "answers": {"expertise": "Twintig jaar ervaring.", "approach": "Coaching."},
            "contact": {"name": "Jan Peeters", "email": "jan@example.be"},
            "budget_lines": [
                {"category": "personnel", "description": "Coaching", "amount": "12000.10"},
                {"category": "operating", "description": "Verplaatsingen", "amount": "0.20"}]})
        api.expect(201, "POST", f"/applications/{app['id']}/attachments", token=tok,
                   raw=pdf_body, content_type=pdf_type)
        if app.get("missing") and any(m.get("field") != "attachments.application_form"
                                      for m in app["missing"]):
            raise RuntimeError(f"draft {app['id']} incomplete: {app['missing']}")
        return app["id"], tok

    with ThreadPoolExecutor(a.threads) as ex:
        rows = list(ex.map(prepare, range(a.n)))
    t_drafts = time.monotonic()

    rows = list(rows)
    random.shuffle(rows)  # submit in an order unrelated to creation
    with open(f"{a.out}/ids.txt", "w") as f:
        for app_id, tok in rows:
            f.write(f"{app_id} {tok}\n")
    setup = {
        "call_id": call_id, "reference": reference, "article": a.article, "year": year,
        "finance_token": finance, "admin_token": admin, "n": a.n, "applicants": n_app,
        "seconds": {"call": round(t_call - t0, 2), "applicants": round(t_users - t_call, 2),
                    "drafts": round(t_drafts - t_users, 2)},
    }
    with open(f"{a.out}/setup.json", "w") as f:
        json.dump(setup, f, indent=1)
    print(json.dumps(setup["seconds"]), file=sys.stderr)


if __name__ == "__main__":
    main()
