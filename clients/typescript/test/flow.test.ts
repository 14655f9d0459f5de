// The applicant's flow of the README, through the SDK only, against a server this test starts:
// find the practice call, sign up, token, organisation, draft with budget lines, attachment,
// submit, read the receipt and check its digest.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { after, before, test } from "node:test";

import {
  createGrantdeskClient,
  decimal,
  unwrap,
  uploadAttachment,
  verifyReceiptDigest,
  type Decimal,
} from "../src/index.js";
import { packageDir, startServer, type TestServer } from "./server.js";

let server: TestServer;
let failed = false;

before(async () => {
  server = await startServer();
});

after(async () => {
  if (failed && server) {
    console.error(`--- grantdesk server log (${server.backend}) ---\n${server.log()}--- end of log ---`);
  }
  await server?.stop();
});

test("the applicant's flow: sign up, organisation, draft, attachment, submit, receipt digest", async (t) => {
  try {
    t.diagnostic(`backend ${server.backend} at ${server.baseUrl}`);
    const anonymous = createGrantdeskClient({ baseUrl: server.baseUrl });

    // The practice call, open in demo mode.
    const calls = unwrap(await anonymous.GET("/api/v1/calls", { params: { query: { q: "practice" } } }));
    const practice = calls.items[0];
    assert.ok(practice, "the practice call is listed");
    assert.equal(practice.accepting_submissions, true);
    const budget: Decimal = practice.budget;
    assert.match(budget, /^[0-9]+\.[0-9]{2}$/, "the call's budget is a decimal string");

    // Sign up and get a token.
    const email = `jan.${randomBytes(4).toString("hex")}@genk.be`;
    const password = "a long passphrase";
    const signup = await anonymous.POST("/api/v1/auth/signup", {
      body: { email, password, display_name: "Jan Peeters" },
    });
    assert.equal(signup.response.status, 201, JSON.stringify(signup.error));
    assert.equal(signup.data?.email, email);
    const token = unwrap(await anonymous.POST("/api/v1/auth/token", { body: { email, password } }));
    assert.equal(token.token_type, "Bearer");
    const jan = createGrantdeskClient({ baseUrl: server.baseUrl, token: token.access_token });

    // The organisation (Jan becomes its representative).
    const organisation = await jan.POST("/api/v1/organisations", {
      body: {
        name: "Stad Genk",
        kbo: "0207.451.227",
        kind: "local_government",
        address: { street: "Stadsplein 1", postal_code: "3600", city: "Genk" },
      },
    });
    assert.equal(organisation.response.status, 201, JSON.stringify(organisation.error));
    const org = organisation.data!;
    assert.equal(org.kbo, "0207451227");

    // A draft with budget lines: the requested amount is their exact sum.
    const draft = await jan.POST("/api/v1/calls/{id}/applications", {
      params: { path: { id: practice.id } },
      body: {
        organisation_id: org.id,
        track: 1,
        title: "Expertenpool Limburg",
        summary: "Ondersteuning op maat",
        answers: { expertise: "Twintig jaar ervaring", approach: "Coaching ter plaatse" },
        contact: { name: "Jan Peeters", email },
        budget_lines: [
          { category: "personnel", description: "Coaching", amount: decimal("12000.10") },
          { category: "operating", description: "Verplaatsingen", amount: decimal("0.20") },
        ],
      },
    });
    assert.equal(draft.response.status, 201, JSON.stringify(draft.error));
    const application = draft.data!;
    assert.equal(application.status, "draft");
    assert.equal(application.requested_amount, "12000.30");
    assert.deepEqual(
      application.budget_lines.map((line) => line.amount),
      ["12000.10", "0.20"],
    );

    // The application form, with the multipart helper.
    const pdf = readFileSync(resolve(packageDir, "../../tests/fixtures/one-page.pdf"));
    const upload = await uploadAttachment(jan, application.id, "application_form", pdf, "aanvraagformulier.pdf");
    assert.equal(upload.response.status, 201, JSON.stringify(upload.error));
    assert.equal(upload.data?.kind, "application_form");
    assert.equal(upload.data?.media_type, "application/pdf");
    assert.equal(upload.data?.size_bytes, pdf.length);

    const before = unwrap(
      await jan.GET("/api/v1/applications/{id}", { params: { path: { id: application.id } } }),
    );
    assert.deepEqual(before.missing, [], "nothing missing before submission");

    // Submit: 201 with a receipt.
    const submit = await jan.POST("/api/v1/applications/{id}/submit", {
      params: { path: { id: application.id } },
    });
    assert.equal(submit.response.status, 201, JSON.stringify(submit.error));
    const receipt = submit.data!;
    assert.ok(receipt.number.startsWith(`${practice.reference}-`), receipt.number);
    assert.ok(receipt.received_at);
    assert.match(receipt.digest, /^[0-9a-f]{64}$/);

    // The full receipt with its snapshot; its digest checks out, a tampered copy does not.
    const full = unwrap(
      await jan.GET("/api/v1/applications/{id}/receipts/{number}", {
        params: { path: { id: application.id, number: receipt.number } },
      }),
    );
    assert.equal(full.digest, receipt.digest);
    assert.ok(full.snapshot, "the receipt carries its snapshot");
    assert.equal(await verifyReceiptDigest(full.snapshot, receipt.digest), true);

    const snapshot = full.snapshot as { content: { title: string }; requested_amount: string };
    assert.equal(snapshot.requested_amount, "12000.30");
    const tampered = structuredClone(snapshot);
    assert.equal(tampered.content.title, "Expertenpool Limburg");
    tampered.content.title = "Expertenpool Limburg (changed)";
    assert.equal(await verifyReceiptDigest(tampered, receipt.digest), false);

    // Submitting again answers the same receipt (200).
    const again = await jan.POST("/api/v1/applications/{id}/submit", {
      params: { path: { id: application.id } },
    });
    assert.equal(again.response.status, 200);
    assert.equal(again.data?.number, receipt.number);
  } catch (error) {
    failed = true;
    throw error;
  }
});
