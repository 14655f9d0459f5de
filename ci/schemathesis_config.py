"""Prepares a running demo server for schemathesis and writes its config file.

Usage: python schemathesis_config.py BASE_URL SPEC OUTPUT_TOML

Logs in as every demo account, creates what the operations with identifiers in their paths need
(a draft call, an organisation, a draft application with an attachment, a submitted application
with its receipt, a question; the ledger's first transfer), and writes one [[operations]] entry
per operation of the spec: the token of a role allowed to call it (from tests/common/routes.rs)
and the real identifiers for its path parameters. Without these, most operations would only ever
answer 401, 403 or 404 and the fuzzing would not reach the handlers.

Standard library only (it runs in the venv that holds schemathesis).
"""

import json
import sys
import urllib.error
import urllib.request
import uuid
from pathlib import Path

BASE, SPEC, OUTPUT = sys.argv[1], sys.argv[2], sys.argv[3]
PASSWORDS = {role: f"demo-{role}-password" for role in ("admin", "finance", "reviewer", "applicant", "auditor")}

# Operations that the admin may not call, with the role that may (tests/common/routes.rs).
ROLE_OF = {
    ("POST", "/api/v1/budget-articles/{code}/{year}/credits"): "finance",
    ("POST", "/api/v1/ledger/transfers/{id}/reversal"): "finance",
    ("POST", "/api/v1/organisations"): "applicant",
    ("POST", "/api/v1/organisations/{id}/invitations"): "applicant",
    ("GET", "/api/v1/organisations/{id}/invitations"): "applicant",
    ("DELETE", "/api/v1/organisations/{id}/invitations/{invitation_id}"): "applicant",
    ("DELETE", "/api/v1/organisations/{id}/members/{user_id}"): "applicant",
    ("PUT", "/api/v1/organisations/{id}/representative"): "applicant",
    ("GET", "/api/v1/me/invitations"): "applicant",
    ("POST", "/api/v1/invitations/{id}/acceptance"): "applicant",
    ("POST", "/api/v1/invitations/{id}/refusal"): "applicant",
    ("POST", "/api/v1/calls/{id}/applications"): "applicant",
    ("PUT", "/api/v1/applications/{id}"): "applicant",
    ("POST", "/api/v1/applications/{id}/attachments"): "applicant",
    ("POST", "/api/v1/applications/{id}/attachments/{attachment_id}/detach"): "applicant",
    ("POST", "/api/v1/applications/{id}/submit"): "applicant",
    ("POST", "/api/v1/applications/{id}/revise"): "applicant",
    ("POST", "/api/v1/applications/{id}/withdraw"): "applicant",
    ("POST", "/api/v1/calls/{id}/questions"): "applicant",
    ("POST", "/api/v1/assignments/{id}/conflict"): "reviewer",
    ("PUT", "/api/v1/assignments/{id}/review"): "reviewer",
    ("POST", "/api/v1/assignments/{id}/review/submit"): "reviewer",
}


def request(method, path, token=None, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("content-type", content_type)
    if token:
        req.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            text = res.read().decode()
    except urllib.error.HTTPError as e:
        raise SystemExit(f"fixture {method} {path}: {e.code} {e.read().decode()[:500]}") from None
    return json.loads(text) if text else None


def token(role):
    email = f"{role}@grantdesk.local"
    return request("POST", "/api/v1/auth/token", body={"email": email, "password": PASSWORDS[role]})["access_token"]


def multipart(fields, file_name, file_bytes):
    boundary = uuid.uuid4().hex
    out = b""
    for name, value in fields.items():
        out += f'--{boundary}\r\ncontent-disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    out += (
        f'--{boundary}\r\ncontent-disposition: form-data; name="file"; filename="{file_name}"\r\n'
        "content-type: application/pdf\r\n\r\n"
    ).encode() + file_bytes + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


tokens = {role: token(role) for role in PASSWORDS}
admin, applicant, finance = tokens["admin"], tokens["applicant"], tokens["finance"]

practice = request("GET", "/api/v1/calls?q=practice")["items"][0]
reference = request("GET", "/api/v1/calls?q=EXP23")["items"][0]
suffix = uuid.uuid4().hex[:6].upper()
draft = request(
    "POST",
    "/api/v1/calls",
    admin,
    {
        "reference": f"CI-{suffix}",
        "title": "Schemathesis draft",
        "budget": "1000.00",
        "budget_article": "SJ0-1SMC2GA-WT",
        "budget_year": 2023,
        "tracks": [{"name": "Only track"}],
        "deadline": "2030-08-31T10:00",
        "time_zone": "Europe/Brussels",
        "start_date": "2030-11-01",
    },
)

def random_kbo():
    """A valid enterprise number no other run has used: 0 + 7 digits + mod-97 check digits."""
    first8 = 2_000_000 + uuid.uuid4().int % 7_000_000
    digits = f"{first8:08d}{97 - first8 % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


organisation = request(
    "POST",
    "/api/v1/organisations",
    applicant,
    {
        "name": "Stad Genk (CI)",
        "kbo": random_kbo(),
        "kind": "local_government",
        "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"},
    },
)
# the organisation is in the applicant's token from now on
applicant = tokens["applicant"] = token("applicant")


def application(title):
    answers = {q["key"]: "Twintig jaar ervaring" for q in practice.get("questions", [])}
    return request(
        "POST",
        f"/api/v1/calls/{practice['id']}/applications",
        applicant,
        {
            "organisation_id": organisation["id"],
            "track": 1,
            "title": title,
            "summary": "Ondersteuning op maat",
            "answers": answers,
            "contact": {"name": "Jan Peeters", "email": "jan@genk.be"},
            "budget_lines": [{"category": "personnel", "description": "Coaching", "amount": "1000.00"}],
        },
    )


# a whole one-page PDF (the server checks the header, startxref and %%EOF): the tests' own
TINY_PDF = (Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "one-page.pdf").read_bytes()


def attach(app_id):
    kinds = [k["kind"] for k in practice.get("attachment_kinds", [])] or ["application_form"]
    attached = []
    for kind in kinds:
        body, content_type = multipart({"kind": kind}, "form.pdf", TINY_PDF)
        attached.append(
            request("POST", f"/api/v1/applications/{app_id}/attachments", applicant, raw=body, content_type=content_type)
        )
    return attached


draft_application = application("Schemathesis draft application")
attachment = attach(draft_application["id"])[0]
submitted = application("Schemathesis submitted application")
attach(submitted["id"])
receipt = request("POST", f"/api/v1/applications/{submitted['id']}/submit", applicant)
question = request("POST", f"/api/v1/calls/{practice['id']}/questions", applicant, {"question": "Is a city eligible?"})
transfer = request("GET", "/api/v1/ledger/transfers", finance)["items"][0]


def ids_for(method, path):
    """Real identifiers for an operation's path parameters (None: let schemathesis generate)."""
    p = {}
    if path.startswith("/api/v1/calls/{id}"):
        # drafts can be edited, gated, opened and cancelled; the rest reads the open practice call
        editable = method != "GET" and any(path.endswith(s) for s in ("{id}", "/gates/{gate}", "/open", "/cancel"))
        if path.endswith(("/assessment", "/assignments", "/decisions", "/finalise", "/ranking")):
            p["id"] = reference["id"]
        else:
            p["id"] = draft["id"] if editable else practice["id"]
        if "{gate}" in path:
            p["gate"] = "if_advice"
        if path.endswith("/applications") and method == "POST":
            p["body.organisation_id"] = organisation["id"]
    elif path.startswith("/api/v1/applications/{id}"):
        reads_receipts = "/receipts" in path or path.endswith(("/revise", "/withdraw"))
        p["id"] = submitted["id"] if reads_receipts else draft_application["id"]
        if "{attachment_id}" in path:
            p["attachment_id"] = attachment["id"]
        if "{number}" in path:
            p["number"] = receipt["number"]
    elif path.startswith("/api/v1/organisations/{id}"):
        p["id"] = organisation["id"]
    elif path.startswith("/api/v1/questions/{id}"):
        p["id"] = question["id"]
    elif path.startswith("/api/v1/ledger/transfers/{id}"):
        p["id"] = transfer["id"]
    elif path.startswith("/api/v1/budget-articles/{code}/{year}"):
        p["code"], p["year"] = "SJ0-1SMC2GA-WT", 2023
    # /api/v1/assignments/{id}/...: the demo data has no assignments; generated ids (404)
    return p


def toml_string(s):
    return json.dumps(str(s))


spec = json.load(open(SPEC))
lines = [
    "# generated by ci/schemathesis_config.py for one run against a fresh demo server",
    "[auth]",
    "auto-signup = false  # every operation gets a demo account's token below",
    "",
    "[generation]",
    "database = \"none\"",
    "",
]
for path, item in spec["paths"].items():
    for method in item:
        if method not in ("get", "put", "post", "delete", "patch"):
            continue
        m = method.upper()
        role = ROLE_OF.get((m, path), "admin")
        lines += [
            "[[operations]]",
            # one filter per entry: several include filters in one entry are or-ed
            f"include-name = {toml_string(m + ' ' + path)}",
            f"headers = {{ Authorization = {toml_string('Bearer ' + tokens[role])} }}",
        ]
        ids = ids_for(m, path)
        if ids:
            inner = ", ".join(
                f"{toml_string(k if '.' in k else 'path.' + k)} = {json.dumps(v)}" for k, v in ids.items()
            )
            lines.append(f"parameters = {{ {inner} }}")
        lines.append("")

with open(OUTPUT, "w") as f:
    f.write("\n".join(lines))
print(
    f"fixtures: draft call {draft['id']}, application {draft_application['id']}, "
    f"receipt {receipt['number']}, question {question['id']}, transfer {transfer['id']}"
)
