#!/usr/bin/env python3
"""Prepares the concurrent-awards benchmark through the HTTP API (Python 3.11 stdlib only).

Signs in the admin and finance users (created beforehand with `grantdesk user create`),
creates and credits a budget article, drafts a call whose budget covers only FRACTION of N
awards of AWARD each and whose deadline lies at least DEADLINE_MINUTES + 30 s ahead (minute precision; tracks
without budgets of their own, so every award draws on the call's available account), records
the three gates and opens it; signs up APPLICANTS applicants; with THREADS workers registers N
organisations, one complete draft each, and submits each. Then it waits for the deadline (the
server's clock is real time), starts the assessment (`POST /calls/{id}/assessment`) and
screens every application eligible.

With --aid de_minimis the call's aid regime is de minimis (EU 2023/2831, 300,000.00 over three
years): every application declares 1,000.00 of other de minimis aid, the organisations are
companies, verified by the admin, and each odd one is the confirmed subsidiary of the one before
it (a single undertaking of two), so every decision runs the ceiling check at award over a group
of two members (issue #15). Each group stays far below the ceiling: the budget, not the
ceiling, refuses what does not fit.

Writes:
  <out>/awards-ids.txt     one line per application (shuffled): "<application id> <admin token>"
  <out>/awards-setup.json  call id, reference, budget, award, tokens, timings
"""

import argparse
import json
import math
import os
import random
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from prepare import BRUSSELS, ZONE_NAME, Api, kbo, token  # noqa: E402


def cents(s):
    whole, _, frac = s.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def money(c):
    return f"{c // 100}.{c % 100:02d}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--applicants", type=int, default=50)
    p.add_argument("--threads", type=int, default=16)
    p.add_argument("--admin-email", required=True)
    p.add_argument("--finance-email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--article", default="BEN-0000002-WT")
    p.add_argument("--award", default="10000.00", help="the amount each decision awards")
    p.add_argument("--fraction", type=float, default=0.6, help="the call budget covers this share of N awards")
    p.add_argument("--deadline-minutes", type=int, default=-1,
                   help="deadline at least this many minutes (+ 30 s) ahead (default 1 + N/1000)")
    p.add_argument("--aid", choices=["not_state_aid", "de_minimis"], default="not_state_aid",
                   help="the call's aid regime (de_minimis: declarations, verified pairs of linked companies)")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    api = Api("127.0.0.1", a.port)
    t0 = time.monotonic()

    admin = token(api, a.admin_email, a.password)
    finance = token(api, a.finance_email, a.password)

    de_minimis = a.aid == "de_minimis"
    declared_on = (datetime.now(BRUSSELS) - timedelta(days=400)).strftime("%Y-%m-%d")
    award_cents = cents(a.award)
    fits = math.floor(a.n * a.fraction)
    budget_cents = fits * award_cents

    now_local = datetime.now(BRUSSELS)
    year = now_local.year
    api.expect(201, "POST", "/budget-articles", token=finance,
               body={"code": a.article, "budget_year": year, "description": "benchmark article (awards)"})
    api.expect(201, "POST", f"/budget-articles/{a.article}/{year}/credits", token=finance,
               body={"transfer_id": str(uuid.uuid4()), "amount": money(max(budget_cents, 100) * 2),
                     "reference": "benchmark credit"})
    # the deadline has minute precision: the first full minute at least lead + 30 s ahead
    lead = a.deadline_minutes if a.deadline_minutes >= 0 else 1 + a.n // 1000
    deadline = (now_local + timedelta(minutes=lead, seconds=90)).replace(second=0, microsecond=0)
    reference = "AWARD" + "".join(random.choice("0123456789") for _ in range(6))
    call = api.expect(201, "POST", "/calls", token=admin, body={
        "reference": reference,
        "title": "Benchmark call (concurrent awards)",
        "description": "Created by bench/prepare_awards.py",
        "budget": money(budget_cents),
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
        ],
        "attachment_kinds": [],
        **({"aid": {"regime": "de_minimis", "regulation": "EU 2023/2831"}} if de_minimis else {}),
    })
    call_id = call["id"]
    today = now_local.strftime("%Y-%m-%d")
    for gate, ref in [("if_advice", "GDR/BENCH"), ("budget_agreement", "BA-BENCH"),
                      ("government_approval", "VR-BENCH")]:
        api.expect(201, "POST", f"/calls/{call_id}/gates/{gate}", token=admin,
                   body={"reference": ref, "date": today, "verdict": "favourable"})
    api.expect(200, "POST", f"/calls/{call_id}/open", token=admin, body={})
    t_call = time.monotonic()

    n_app = max(1, min(a.applicants, a.n))

    def signup(i):
        email = f"award-{i}-{uuid.uuid4().hex[:8]}@bench.example"
        pw = "a-long-benchmark-password"
        api.expect(201, "POST", "/auth/signup",
                   body={"email": email, "password": pw, "display_name": f"Award {i}"})
        return token(api, email, pw)

    with ThreadPoolExecutor(a.threads) as ex:
        tokens = list(ex.map(signup, range(n_app)))
    t_users = time.monotonic()

    def prepare(i):
        # a pair (2k, 2k + 1) shares its applicant: the parent's representative declares the link
        tok = tokens[(i // 2 if de_minimis else i) % n_app]
        org = api.expect(201, "POST", "/organisations", token=tok, body={
            "name": f"{'Bedrijf' if de_minimis else 'Gemeente'} Award {i}", "kbo": kbo(500_000 + i + 1),
            "kind": "company" if de_minimis else "local_government",
            "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}})
        body = {
            "organisation_id": org["id"], "track": 1 + i % 2,
            "title": f"Aanvraag {i}", "summary": "Ondersteuning van lokale besturen.",
            "answers": {"expertise": "Twintig jaar ervaring."},
            "contact": {"name": "Jan Peeters", "email": "jan@example.be"},
            "budget_lines": [
                {"category": "personnel", "description": "Coaching", "amount": "12000.10"},
                {"category": "operating", "description": "Verplaatsingen", "amount": "0.20"}]}
        if de_minimis:
            body["aid_declarations"] = [{"authority": "Agentschap Innoveren & Ondernemen",
                                         "granted_on": declared_on, "amount": "1000.00",
                                         "regulation": "EU 2023/2831"}]
        app = api.expect(201, "POST", f"/calls/{call_id}/applications", token=tok, body=body)
        api.expect(201, "POST", f"/applications/{app['id']}/submit", token=tok)
        return app["id"], org["id"], tok

    with ThreadPoolExecutor(a.threads) as ex:
        made = list(ex.map(prepare, range(a.n)))
    ids = [app_id for app_id, _, _ in made]
    t_submitted = time.monotonic()

    links = 0
    if de_minimis:
        # links name verified organisations; the parent's representative declares, staff confirm
        def verify(i):
            api.expect(200, "POST", f"/organisations/{made[i][1]}/verification", token=admin, body={
                "kbo_extract_reference": "KBO extract (benchmark)",
                "mandate_reference": "Board decision (benchmark)",
                "representative_identity": "eID checked (benchmark)"})

        def link(k):
            parent, child = 2 * k, 2 * k + 1
            declared = api.expect(201, "POST", f"/organisations/{made[parent][1]}/control-links",
                                  token=made[parent][2], body={
                                      "other_kbo": kbo(500_000 + child + 1), "other_is": "subsidiary",
                                      "criterion": "majority_of_voting_rights"})
            api.expect(200, "POST", f"/control-links/{declared['id']}/decision", token=admin,
                       body={"decision": "confirm"})

        with ThreadPoolExecutor(a.threads) as ex:
            list(ex.map(verify, range(a.n)))
            links = len(list(ex.map(link, range(a.n // 2))))
    t_linked = time.monotonic()

    # the deadline (local, minute precision) must pass before the assessment can start
    wait = (deadline - datetime.now(BRUSSELS)).total_seconds()
    if wait < 0:
        print(f"warning: preparation passed the deadline by {-wait:.0f} s", file=sys.stderr)
    print(f"waiting {max(0, wait):.0f} s for the deadline {deadline.isoformat()}", file=sys.stderr)
    time.sleep(max(0, wait) + 1)
    for attempt in range(60):
        status, body, text = api.call("POST", f"/calls/{call_id}/assessment", token=admin)
        if status == 200:
            break
        if status != 409 or attempt == 59:
            raise RuntimeError(f"start assessment: {status}: {text[:500]!r}")
        time.sleep(2)
    t_assessment = time.monotonic()

    def screen(app_id):
        api.expect(201, "POST", f"/applications/{app_id}/screening", token=admin,
                   body={"verdict": "eligible", "reason": ""})

    with ThreadPoolExecutor(a.threads) as ex:
        list(ex.map(screen, ids))
    t_screened = time.monotonic()

    random.shuffle(ids)
    with open(f"{a.out}/awards-ids.txt", "w") as f:
        for app_id in ids:
            f.write(f"{app_id} {admin}\n")
    setup = {
        "call_id": call_id, "reference": reference, "article": a.article, "year": year,
        "admin_token": admin, "finance_token": finance, "n": a.n, "applicants": n_app,
        "award": money(award_cents), "award_cents": award_cents, "budget_cents": budget_cents,
        "awards_that_fit": fits, "aid": a.aid, "control_links": links,
        "seconds": {"call": round(t_call - t0, 2), "applicants": round(t_users - t_call, 2),
                    "drafts_and_submits": round(t_submitted - t_users, 2),
                    "verified_and_linked": round(t_linked - t_submitted, 2),
                    "deadline_wait": round(t_assessment - t_linked, 2),
                    "screening": round(t_screened - t_assessment, 2)},
    }
    with open(f"{a.out}/awards-setup.json", "w") as f:
        json.dump(setup, f, indent=1)
    print(json.dumps(setup["seconds"]), file=sys.stderr)


if __name__ == "__main__":
    main()
