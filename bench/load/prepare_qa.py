#!/usr/bin/env python3
"""Published Q&A for the load test's call (Python 3.11 stdlib only).

After bench/prepare.py: QUESTIONS applicants (tokens from ids.txt) ask a question about the
call and the admin answers and publishes each, so `GET /calls/{id}/questions` reads a real
page of Q&A.
"""
import argparse
import http.client
import json
import sys


def call(port, method, path, token, body):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request(method, "/api/v1" + path, body=json.dumps(body).encode(),
              headers={"authorization": f"Bearer {token}", "content-type": "application/json"})
    r = c.getresponse()
    text = r.read()
    c.close()
    return r.status, text


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--questions", type=int, default=30)
    a = p.parse_args()
    setup = json.load(open(f"{a.dir}/setup.json"))
    tokens = sorted({line.split()[1] for line in open(f"{a.dir}/ids.txt") if line.strip()})
    for i in range(a.questions):
        status, text = call(a.port, "POST", f"/calls/{setup['call_id']}/questions", tokens[i % len(tokens)],
                            {"question": f"Vraag {i}: mogen we de subsidie gebruiken voor opleiding?"})
        if status != 201:
            sys.exit(f"ask: {status} {text[:300]!r}")
        qid = json.loads(text)["id"]
        status, text = call(a.port, "POST", f"/questions/{qid}/answer", setup["admin_token"],
                            {"answer": f"Antwoord {i}: ja, binnen de grenzen van het reglement.",
                             "publish": True})
        if status != 200:
            sys.exit(f"answer: {status} {text[:300]!r}")
    print(f"{a.questions} questions asked, answered and published", file=sys.stderr)


if __name__ == "__main__":
    main()
