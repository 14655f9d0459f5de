#!/usr/bin/env python3
"""Fills the de minimis register for the ceiling-check benchmark (issue #15), stdlib only.

Adds counted awards (table `aid_awards`, open rows) until the table holds --to rows, each with
real rows behind it: a new organisation for every --per-org awards (a company, unverified, with
a valid enterprise number) and a new submitted application per award (a copy of the template
application's row: same call, content and amounts), so that 1,000,000 awards in the system
means 1,000,000 applications and 250,000 organisations more, with their indexes; every second
filler organisation is the confirmed subsidiary of the one before it (control links grow too). Award days
spread over the last four years (most inside the three-year window), amounts 1,000.00 to
20,999.99. The measured group's own rows are left alone: only the table grows around it.

PostgreSQL through `psql` (COPY ... FROM STDIN, one transaction per batch), SQLite through the
sqlite3 module (one transaction per batch, the server's pragmas). Prints one JSON object:
{"aid_awards": total, "added": n, "seconds": s}.
"""
import argparse
import csv
import io
import json
import subprocess
import sqlite3
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone

MARK = "bench:fill_aid"
ORG_COLS = ["id", "name", "kbo", "kind", "street", "postal_code", "city", "country",
            "created_by", "created_at", "verification_status"]
APP_COLS = ["id", "call_id", "lead_organisation_id", "track", "status", "content",
            "requested_cents", "created_by", "created_at", "updated_at", "version"]
LINK_COLS = ["id", "parent_id", "subsidiary_id", "criterion", "status", "declared_by",
             "declared_at", "decided_by", "decided_at"]
AID_COLS = ["id", "organisation_id", "application_id", "call_id", "regulation", "award_day",
            "amount_cents", "made_by", "made_at"]


def kbo(n):
    """A valid Belgian enterprise number: 8 leading digits B, check = 97 - B % 97."""
    first8 = 3_000_000 + n
    return f"{first8:08d}{97 - first8 % 97:02d}"


class Pg:
    def __init__(self, url):
        self.url = url

    def query(self, sql):
        out = subprocess.run(["psql", "-qX", "--csv", self.url, "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        rows = list(csv.reader(io.StringIO(out)))
        return rows[1:]  # the header

    def load(self, tables):
        """One transaction: COPY each (table, columns, rows)."""
        script = io.StringIO()
        script.write("BEGIN;\n")
        for table, cols, rows in tables:
            script.write(f"COPY {table} ({', '.join(cols)}) FROM STDIN WITH (FORMAT csv);\n")
            w = csv.writer(script, lineterminator="\n")
            w.writerows(rows)
            script.write("\\.\n")
        script.write("COMMIT;\n")
        subprocess.run(["psql", "-qX", "-v", "ON_ERROR_STOP=1", self.url], input=script.getvalue(),
                       check=True, capture_output=True, text=True)


class Lite:
    def __init__(self, url):
        self.c = sqlite3.connect(url.removeprefix("sqlite://"), isolation_level=None)
        self.c.executescript("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; "
                             "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")

    def query(self, sql):
        return [[None if v is None else str(v) for v in r] for r in self.c.execute(sql).fetchall()]

    def load(self, tables):
        self.c.execute("BEGIN IMMEDIATE")
        try:
            for table, cols, rows in tables:
                marks = ", ".join("?" for _ in cols)
                self.c.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
            self.c.execute("COMMIT")
        except BaseException:
            self.c.execute("ROLLBACK")
            raise


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--backend", choices=["postgres", "sqlite"], required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--call-id", required=True, help="the de minimis call the copies belong to")
    p.add_argument("--to", type=int, required=True, help="counted awards in the table afterwards")
    p.add_argument("--per-org", type=int, default=4)
    p.add_argument("--batch", type=int, default=50_000)
    p.add_argument("--regulation", default="EU 2023/2831")
    a = p.parse_args()
    db = Pg(a.url) if a.backend == "postgres" else Lite(a.url)
    call = a.call_id.replace("'", "")

    have = int(db.query("SELECT count(*) FROM aid_awards")[0][0])
    fillers = int(db.query(f"SELECT count(*) FROM organisations WHERE created_by = '{MARK}'")[0][0])
    need = max(0, a.to - have)
    t0 = time.monotonic()
    if need == 0:
        print(json.dumps({"aid_awards": have, "added": 0, "seconds": 0.0}))
        return
    template = db.query(
        "SELECT a.track, a.status, a.content, a.requested_cents, a.version, o.street, o.postal_code, "
        "o.city, o.country FROM applications a JOIN organisations o ON o.id = a.lead_organisation_id "
        f"WHERE a.call_id = '{call}' AND a.status <> 'draft' ORDER BY a.id LIMIT 1")
    if not template:
        sys.exit(f"no submitted application in call {call} to copy")
    track, status, content, requested, version, street, postal, city, country = template[0]
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    today = date.today()

    done = 0
    org_n = fillers  # filler organisations so far: numbering continues across calls
    org_id = None
    while done < need:
        n = min(a.batch, need - done)
        orgs, apps, aid, links = [], [], [], []
        for j in range(done, done + n):
            i = have + j  # a stable number for the award: days and amounts spread by it
            if org_id is None or (j % a.per_org) == 0:
                parent, org_id = org_id, str(uuid.uuid4())
                orgs.append([org_id, f"Bench filler {org_n}", kbo(org_n), "company", street, postal,
                             city, country, MARK, stamp, "unverified"])
                if org_n % 2 == 1 and parent is not None:
                    links.append([str(uuid.uuid4()), parent, org_id, "majority_of_voting_rights",
                                  "confirmed", MARK, stamp, MARK, stamp])
                org_n += 1
            app_id = str(uuid.uuid4())
            apps.append([app_id, call, org_id, track, status, content, requested, MARK, stamp,
                         stamp, version])
            day = today - timedelta(days=(i * 7919) % 1461)
            aid.append([str(uuid.uuid4()), org_id, app_id, call, a.regulation, day.isoformat(),
                        100_000 + (i * 104_729) % 2_000_000, MARK, stamp])
        db.load([("organisations", ORG_COLS, orgs), ("applications", APP_COLS, apps),
                 ("control_links", LINK_COLS, links), ("aid_awards", AID_COLS, aid)])
        done += n
        secs = time.monotonic() - t0
        print(f"added {done}/{need} counted awards in {secs:.1f}s ({done / max(secs, 1e-9):.0f}/s)",
              file=sys.stderr)
    total = int(db.query("SELECT count(*) FROM aid_awards")[0][0])
    print(json.dumps({"aid_awards": total, "added": done, "seconds": round(time.monotonic() - t0, 3)}))


if __name__ == "__main__":
    main()
