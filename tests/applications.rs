//! Applications from sign-up to receipt: organisations, drafts, exact sums, attachments, the
//! deadline to the millisecond, and organisations that never see each other's work.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

struct World {
    app: TestApp,
    admin: String,
    call: String,
    applicant: String,
    org: String,
}

/// An open call with a form (deadline 31 Aug 2023 10:00 Brussels), an applicant with an
/// organisation, the clock at 1 August 2023.
async fn world() -> World {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let call = app
        .open_call(&admin, &finance, call_with_form("EXP23"))
        .await;
    app.set_time(brussels(2023, 8, 1, 12, 0, 0));
    let applicant = app.applicant().await;
    let org = app.organisation(&applicant, "Stad Genk", &kbo(1)).await;
    World {
        app,
        admin,
        call,
        applicant,
        org,
    }
}

impl World {
    async fn draft(&self, body: Value) -> Value {
        let res = self
            .app
            .post(
                &format!("/api/v1/calls/{}/applications", self.call),
                Some(&self.applicant),
                body,
            )
            .await;
        res.ok(201).clone()
    }

    /// A complete draft with its application form attached; returns the application id.
    async fn complete_draft(&self) -> String {
        let draft = self.draft(complete_application(&self.org)).await;
        let id = draft["id"].as_str().unwrap().to_owned();
        self.app
            .upload(
                &self.applicant,
                &id,
                "application_form",
                "aanvraag.pdf",
                TINY_PDF.to_vec(),
            )
            .await
            .ok(201);
        id
    }

    async fn submit(&self, id: &str) -> Res {
        self.app
            .post(
                &format!("/api/v1/applications/{id}/submit"),
                Some(&self.applicant),
                json!({}),
            )
            .await
    }
}

#[tokio::test]
async fn an_applicant_signs_up_registers_an_organisation_drafts_attaches_and_submits() {
    let w = world().await;
    let draft = w
        .draft(json!({"organisation_id": w.org, "track": 1, "title": "Eerste versie"}))
        .await;
    assert_eq!(draft["status"], "draft");
    let missing: Vec<&str> = draft["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["field"].as_str().unwrap())
        .collect();
    for field in [
        "summary",
        "answers.expertise",
        "budget_lines",
        "attachments.application_form",
        "contact",
    ] {
        assert!(
            missing.contains(&field),
            "{field} should be missing: {missing:?}"
        );
    }
    let id = draft["id"].as_str().unwrap();

    // submitting now lists everything that is missing
    let res = w.submit(id).await;
    let p = res.problem(422);
    assert_eq!(p["type"], "/problems/incomplete");
    assert!(p["errors"].as_array().unwrap().len() >= 4);

    let mut content = complete_application(&w.org);
    content.as_object_mut().unwrap().remove("organisation_id");
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(content),
        )
        .await;
    assert_eq!(res.ok(200)["requested_amount"], "25000.50");
    let up = w
        .app
        .upload(
            &w.applicant,
            id,
            "application_form",
            "C:\\fakepath\\Aanvraag Genk.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let attachment = up.ok(201);
    assert_eq!(attachment["file_name"], "Aanvraag Genk.pdf");
    assert_eq!(attachment["media_type"], "application/pdf");

    let res = w.submit(id).await;
    let receipt = res.ok(201).clone();
    assert_eq!(receipt["number"], "EXP23-0001");
    assert_eq!(receipt["received_at"], "2023-08-01T12:00:00+02:00");
    assert_eq!(receipt["digest"].as_str().unwrap().len(), 64);

    // idempotent: the same receipt again
    let again = w.submit(id).await;
    assert_eq!(again.ok(200)["number"], "EXP23-0001");
    assert_eq!(again.body["digest"], receipt["digest"]);

    // the snapshot is frozen and hashes to the digest
    let full = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts/EXP23-0001"),
            Some(&w.applicant),
        )
        .await;
    let snapshot = full.ok(200)["snapshot"].clone();
    let digest = grantdesk_domain::snapshot_digest(&snapshot);
    assert_eq!(digest, receipt["digest"].as_str().unwrap());
    assert_eq!(snapshot["requested_amount"], "25000.50");

    // submitted is read-only
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(json!({"track": 1, "title": "changed"})),
        )
        .await;
    res.problem(409);
    w.app
        .upload(&w.applicant, id, "annex", "extra.pdf", TINY_PDF.to_vec())
        .await
        .problem(409);
}

#[tokio::test]
async fn revising_and_resubmitting_gives_a_new_receipt_and_keeps_the_old_one() {
    let w = world().await;
    let id = w.complete_draft().await;
    assert_eq!(w.submit(&id).await.ok(201)["number"], "EXP23-0001");
    let revised = w
        .app
        .post(
            &format!("/api/v1/applications/{id}/revise"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(revised.ok(200)["status"], "draft");
    let mut content = complete_application(&w.org);
    content.as_object_mut().unwrap().remove("organisation_id");
    content["title"] = json!("Expertenpool Limburg, herwerkt");
    w.app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(content),
        )
        .await
        .ok(200);
    let second = w.submit(&id).await;
    assert_eq!(second.ok(201)["number"], "EXP23-0002");
    let receipts = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts"),
            Some(&w.applicant),
        )
        .await;
    let list = receipts.ok(200).as_array().unwrap().clone();
    assert_eq!(list.len(), 2);
    assert_ne!(list[0]["digest"], list[1]["digest"]);
    let app = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["latest_receipt"]["number"], "EXP23-0002");

    let withdrawn = w
        .app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.ok(200)["status"], "withdrawn");
    w.submit(&id).await.problem(409);
}

#[tokio::test]
async fn a_submission_at_one_millisecond_before_the_deadline_is_accepted_and_at_the_deadline_refused(
) {
    let w = world().await;
    let early = w.complete_draft().await;
    let late = w.complete_draft().await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);

    w.app.set_time(deadline - chrono::Duration::milliseconds(1));
    let res = w.submit(&early).await;
    assert_eq!(res.ok(201)["received_at"], "2023-08-31T09:59:59.999+02:00");

    w.app.set_time(deadline);
    let res = w.submit(&late).await;
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/deadline-passed");
    assert_eq!(p["deadline"], "2023-08-31T10:00:00+02:00");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("2023-08-31T10:00:00+02:00"),
        "{p}"
    );
    let app = w
        .app
        .get(&format!("/api/v1/applications/{late}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["status"], "draft");
    assert!(app.body["latest_receipt"].is_null());

    // after the deadline nothing changes: no edit, no revision, no withdrawal, no new draft
    let res = w
        .app
        .post(
            &format!("/api/v1/applications/{early}/revise"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
    let res = w
        .app
        .post(
            &format!("/api/v1/applications/{early}/withdraw"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    res.problem(409);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            complete_application(&w.org),
        )
        .await;
    res.problem(409);
}

#[tokio::test]
async fn a_submission_that_waits_past_the_deadline_is_refused_because_the_commit_instant_counts() {
    // another writer holds the call's receipt counter, so the submission has to wait for it
    submission_waiting_past_the_deadline_is_refused(|call| {
        format!("UPDATE receipt_counters SET last_number = last_number WHERE call_id = '{call}'")
    })
    .await;
}

#[tokio::test]
async fn a_double_click_on_submit_gets_one_receipt_twice() {
    let w = world().await;
    let id = w.complete_draft().await;
    // four submits of one draft at once (a double click, a client retrying)
    let (a, b, c, d) = tokio::join!(w.submit(&id), w.submit(&id), w.submit(&id), w.submit(&id));
    let answers = [a, b, c, d];
    let created: Vec<&Res> = answers.iter().filter(|r| r.status == 201).collect();
    assert_eq!(created.len(), 1, "exactly one submit creates the receipt");
    let number = created[0].body["number"].clone();
    for r in &answers {
        assert!(
            r.status == 201 || r.status == 200,
            "a repeated submit answers the same receipt, not {}: {}",
            r.status,
            r.body
        );
        assert_eq!(r.body["number"], number);
        assert_eq!(r.body["digest"], created[0].body["digest"]);
    }
    let receipts = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts"),
            Some(&w.applicant),
        )
        .await;
    assert_eq!(receipts.ok(200).as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_submission_waiting_for_the_audit_chain_past_the_deadline_is_refused() {
    // a writer of anything (another call, a payment) holds the audit chain's head, the lock every
    // audited write meets: the submission read nothing of the deadline before it got it
    submission_waiting_past_the_deadline_is_refused(|_| {
        "UPDATE audit_head SET chain_seq = chain_seq WHERE id = 1".to_owned()
    })
    .await;
}

#[tokio::test]
async fn an_edit_waiting_for_the_audit_chain_past_the_deadline_is_refused() {
    let w = world().await;
    let id = w.complete_draft().await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);
    w.app.set_time(deadline - chrono::Duration::milliseconds(1));
    let holder = hold_lock(
        &w.app,
        "UPDATE audit_head SET chain_seq = chain_seq WHERE id = 1".to_owned(),
    );
    let mut changed = complete_application(&w.org);
    changed["title"] = json!("Waits for the audit chain");
    changed.as_object_mut().unwrap().remove("organisation_id");
    let path = format!("/api/v1/applications/{id}");
    let edit = w.app.request(
        reqwest::Method::PUT,
        &path,
        Some(&w.applicant),
        Some(changed),
    );
    let release = async {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        w.app.set_time(deadline);
        holder.release();
    };
    let (res, ()) = tokio::join!(edit, release);
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/deadline-passed");
    // rolled back: the draft is as it was
    let res = w.app.get(&path, Some(&w.applicant)).await;
    let got = res.ok(200);
    assert_eq!(got["title"], "Expertenpool Limburg");
    assert_eq!(got["status"], "draft");
}

/// Another connection holds a row lock (one `UPDATE` in an open transaction) until released.
struct LockHolder {
    release: std::sync::mpsc::Sender<()>,
    thread: std::thread::JoinHandle<()>,
}

impl LockHolder {
    fn release(self) {
        self.release.send(()).unwrap();
        self.thread.join().unwrap();
    }
}

fn hold_lock(app: &TestApp, statement: String) -> LockHolder {
    use diesel::connection::SimpleConnection;
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let db = app.db.clone();
    let thread = std::thread::spawn(move || {
        let mut conn = db.conn().unwrap();
        conn.batch_execute(&format!("BEGIN; {statement};")).unwrap();
        locked_tx.send(()).unwrap();
        release_rx.recv().unwrap();
        conn.batch_execute("COMMIT;").unwrap();
    });
    locked_rx.recv().unwrap();
    LockHolder {
        release: release_tx,
        thread,
    }
}

/// A complete draft submitted one millisecond before the deadline while another writer holds
/// the lock `hold(call)` names; the deadline passes while it waits: refused, nothing written.
async fn submission_waiting_past_the_deadline_is_refused(hold: impl Fn(&str) -> String) {
    let w = world().await;
    let id = w.complete_draft().await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);
    w.app.set_time(deadline - chrono::Duration::milliseconds(1));
    let holder = hold_lock(&w.app, hold(&w.call));
    let app = &w.app;
    let submit = w.submit(&id);
    let release = async {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        // the request arrived before the deadline; it is still waiting when the deadline passes
        app.set_time(deadline);
        holder.release();
    };
    let (res, ()) = tokio::join!(submit, release);
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/deadline-passed");
    let receipts = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts"),
            Some(&w.applicant),
        )
        .await;
    assert_eq!(receipts.ok(200).as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn two_hundred_concurrent_submissions_get_two_hundred_distinct_receipts() {
    const N: u32 = 200;
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let mut call = reference_call("SURGE");
    call["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.open_call(&admin, &finance, call).await;
    app.set_time(brussels(2023, 8, 31, 9, 55, 0));
    let applicant = app.applicant().await;
    let mut ids = Vec::new();
    for i in 0..N {
        let org = app
            .organisation(&applicant, &format!("Gemeente {i}"), &kbo(100 + i))
            .await;
        let mut body = complete_application(&org);
        body["title"] = json!(format!("Aanvraag {i}"));
        let res = app
            .post(
                &format!("/api/v1/calls/{call}/applications"),
                Some(&applicant),
                body,
            )
            .await;
        ids.push(res.ok(201)["id"].as_str().unwrap().to_owned());
    }
    let paths: Vec<String> = ids
        .iter()
        .map(|id| format!("/api/v1/applications/{id}/submit"))
        .collect();
    let results = futures::future::join_all(
        paths
            .iter()
            .map(|p| app.post(p, Some(&applicant), json!({}))),
    )
    .await;
    let mut numbers: Vec<String> = results
        .iter()
        .map(|r| r.ok(201)["number"].as_str().unwrap().to_owned())
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), N as usize, "distinct receipt numbers");
    let expected: Vec<String> = (1..=N).map(|n| format!("SURGE-{n:04}")).collect();
    assert_eq!(numbers, expected, "no gaps, none lost");
    let auditor = app.login(Role::Auditor).await;
    let listed = app
        .get(
            &format!("/api/v1/applications?call_id={call}&status=submitted&per_page=1"),
            Some(&auditor),
        )
        .await;
    assert_eq!(listed.ok(200)["total"], N);
}

#[tokio::test]
async fn requested_amounts_are_exact_sums_and_one_cent_over_the_cap_is_refused() {
    let w = world().await;
    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "operating", "description": "a", "amount": "0.10"},
        {"category": "operating", "description": "b", "amount": "0.20"}
    ]);
    assert_eq!(w.draft(body).await["requested_amount"], "0.30");

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.01"}
    ]);
    assert_eq!(w.draft(body).await["requested_amount"], "60000.00");

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.02"}
    ]);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            body,
        )
        .await;
    let p = res.problem(422);
    let text = p.to_string();
    assert!(
        text.contains("60000.01") && text.contains("60000.00"),
        "{p}"
    );

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([{"category": "operating", "description": "a", "amount": 0.1}]);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            body,
        )
        .await;
    assert_eq!(
        res.problem(422)["errors"][0]["field"],
        "budget_lines[0].amount"
    );
}

#[tokio::test]
async fn another_organisation_gets_404_on_every_read_and_write() {
    let w = world().await;
    let id = w.complete_draft().await;
    let receipt = w.submit(&id).await;
    let number = receipt.ok(201)["number"].as_str().unwrap().to_owned();
    let att_list = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    let attachment = att_list.ok(200)["attachments"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let other = w.app.applicant().await;
    let other_org = w.app.organisation(&other, "Stad Aalst", &kbo(2)).await;
    let paths_get = [
        format!("/api/v1/applications/{id}"),
        format!("/api/v1/applications/{id}/receipts"),
        format!("/api/v1/applications/{id}/receipts/{number}"),
        format!("/api/v1/applications/{id}/attachments/{attachment}"),
        format!("/api/v1/organisations/{}", w.org),
        format!("/api/v1/organisations/{}/members", w.org),
    ];
    for path in &paths_get {
        w.app.get(path, Some(&other)).await.problem(404);
    }
    let paths_post = [
        format!("/api/v1/applications/{id}/submit"),
        format!("/api/v1/applications/{id}/revise"),
        format!("/api/v1/applications/{id}/withdraw"),
        format!("/api/v1/applications/{id}/attachments/{attachment}/detach"),
    ];
    for path in &paths_post {
        w.app.post(path, Some(&other), json!({})).await.problem(404);
    }
    w.app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&other),
            Some(json!({"track": 1, "title": "mine now"})),
        )
        .await
        .problem(404);
    w.app
        .upload(&other, &id, "annex", "x.pdf", TINY_PDF.to_vec())
        .await
        .problem(404);
    w.app
        .post(
            &format!("/api/v1/organisations/{}/members", w.org),
            Some(&other),
            json!({"email": "someone@test.example"}),
        )
        .await
        .problem(404);
    // a draft for an organisation one is not a member of
    w.app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&other),
            complete_application(&w.org),
        )
        .await
        .problem(404);
    // and the listing shows only one's own
    let mine = w.app.get("/api/v1/applications", Some(&other)).await;
    assert_eq!(mine.ok(200)["total"], 0);
    let mine = w
        .app
        .get(
            &format!("/api/v1/applications?organisation_id={}", w.org),
            Some(&other),
        )
        .await;
    assert_eq!(mine.ok(200)["total"], 0);
    // nor can the other organisation's member put it in as a partner's application of theirs
    let mut theirs = complete_application(&other_org);
    theirs["title"] = json!("Their own");
    w.app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&other),
            theirs,
        )
        .await
        .ok(201);
    let mine = w.app.get("/api/v1/applications", Some(&other)).await;
    assert_eq!(mine.ok(200)["total"], 1, "only their own");
    // staff see it
    let auditor = w.app.login(Role::Auditor).await;
    w.app
        .get(&format!("/api/v1/applications/{id}"), Some(&auditor))
        .await
        .ok(200);
    let all = w
        .app
        .get(
            &format!("/api/v1/applications?call_id={}", w.call),
            Some(&w.admin),
        )
        .await;
    assert_eq!(
        all.ok(200)["total"],
        2,
        "admins see both organisations' applications"
    );
}

#[tokio::test]
async fn bad_attachments_are_refused_and_nothing_is_stored() {
    let w = world().await;
    let draft = w.draft(complete_application(&w.org)).await;
    let id = draft["id"].as_str().unwrap();
    let blobs_before = count_files(w.app.blob_dir.path());

    let oversize = {
        let mut v = TINY_PDF.to_vec();
        v.resize(MAX_UPLOAD_BYTES + 1, b' ');
        v
    };
    w.app
        .upload(&w.applicant, id, "annex", "big.pdf", oversize)
        .await
        .problem(413);
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00this program cannot be run in DOS mode".to_vec();
    w.app
        .upload(&w.applicant, id, "annex", "innocent.pdf", exe)
        .await
        .problem(415);
    let text = b"just some text pretending to be a PDF".to_vec();
    w.app
        .upload(&w.applicant, id, "annex", "fake.pdf", text)
        .await
        .problem(415);
    let res = w
        .app
        .upload(
            &w.applicant,
            id,
            "annex",
            "../../etc/passwd.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = w
        .app
        .upload(&w.applicant, id, "annex", "empty.pdf", Vec::new())
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = w
        .app
        .upload(
            &w.applicant,
            id,
            "budget_sheet",
            "ok.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kind");
    let res = w
        .app
        .post_raw(
            &format!("/api/v1/applications/{id}/attachments"),
            Some(&w.applicant),
            "application/json",
            "{}",
        )
        .await;
    res.problem(415);

    let after = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(after.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(
        count_files(w.app.blob_dir.path()),
        blobs_before,
        "no file was stored"
    );

    // a good one is stored once, downloadable with its digest
    let ok = w
        .app
        .upload(
            &w.applicant,
            id,
            "application_form",
            "Aanvraag.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let href = ok.ok(201)["href"].as_str().unwrap().to_owned();
    let res = w
        .app
        .client
        .get(format!("{}{href}", w.app.base))
        .bearer_auth(&w.applicant)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Aanvraag.pdf"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), TINY_PDF);
}

fn count_files(dir: &std::path::Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            n += count_files(&path);
        } else {
            n += 1;
        }
    }
    n
}

#[tokio::test]
async fn malformed_application_input_is_a_4xx_problem() {
    let w = world().await;
    let path = format!("/api/v1/calls/{}/applications", w.call);
    w.app
        .post_raw(
            &path,
            Some(&w.applicant),
            "application/json",
            "{\"track\": ",
        )
        .await
        .problem(400);
    let mut body = complete_application(&w.org);
    body["unexpected"] = json!(true);
    let res = w.app.post(&path, Some(&w.applicant), body).await;
    assert_eq!(res.problem(422)["errors"][0]["code"], "unknown_field");
    let mut body = complete_application(&w.org);
    body["track"] = json!(9);
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "track"
    );
    let mut body = complete_application(&w.org);
    body["partners"] = json!(["0203.437.092"]);
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "partners[0]"
    );
    let mut body = complete_application(&w.org);
    body["answers"] = json!({"expertise": "x".repeat(2001)});
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "answers.expertise"
    );
    let res = w
        .app
        .post(
            "/api/v1/organisations",
            Some(&w.applicant),
            json!({"name": "X", "kbo": "0203.437.092", "kind": "other",
            "address": {"street": "a", "postal_code": "1000", "city": "Brussel"}}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kbo");
    let res = w
        .app
        .post(
            "/api/v1/organisations",
            Some(&w.applicant),
            json!({"name": "Dubbel", "kbo": kbo(1), "kind": "other",
            "address": {"street": "a", "postal_code": "1000", "city": "Brussel"}}),
        )
        .await;
    res.problem(409);
}

#[tokio::test]
async fn sign_up_refuses_a_weak_password_and_a_taken_email_and_members_can_be_added() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "a@genk.be", "password": "short", "display_name": "A"}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "password");
    let res = app
        .post("/api/v1/auth/signup", None, json!({"email": "not-an-email", "password": "long-enough-password", "display_name": "A"}))
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "email");
    app.post(
        "/api/v1/auth/signup",
        None,
        json!({"email": "a@genk.be", "password": "long-enough-password", "display_name": "A"}),
    )
    .await
    .ok(201);
    app.post(
        "/api/v1/auth/signup",
        None,
        json!({"email": "A@genk.be", "password": "long-enough-password", "display_name": "A"}),
    )
    .await
    .problem(409);

    let owner = app.applicant().await;
    let org = app.organisation(&owner, "Stad Genk", &kbo(7)).await;
    let res = app
        .post(
            &format!("/api/v1/organisations/{org}/members"),
            Some(&owner),
            json!({"email": "a@genk.be"}),
        )
        .await;
    assert_eq!(res.ok(201).as_array().unwrap().len(), 2);
    let token = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "a@genk.be", "password": "long-enough-password"}),
        )
        .await
        .body["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mine = app.get("/api/v1/organisations", Some(&token)).await;
    assert_eq!(mine.ok(200)["items"][0]["id"], org.as_str());
    let me = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me.ok(200)["organisations"][0], org.as_str());
}

#[tokio::test]
async fn questions_are_answered_and_published_without_the_asker() {
    let w = world().await;
    let path = format!("/api/v1/calls/{}/questions", w.call);
    let asked = w
        .app
        .post(
            &path,
            Some(&w.applicant),
            json!({"question": "Mogen we opleidingen financieren?"}),
        )
        .await;
    let q = asked.ok(201)["id"].as_str().unwrap().to_owned();
    assert_eq!(
        w.app.get(&path, None).await.ok(200)["total"],
        0,
        "not published yet"
    );
    let other = w.app.applicant().await;
    assert_eq!(w.app.get(&path, Some(&other)).await.ok(200)["total"], 0);
    assert_eq!(
        w.app.get(&path, Some(&w.applicant)).await.ok(200)["total"],
        1,
        "the asker sees it"
    );

    let answered = w
        .app
        .post(
            &format!("/api/v1/questions/{q}/answer"),
            Some(&w.admin),
            json!({"answer": "Ja, binnen het project.", "publish": true}),
        )
        .await;
    assert_eq!(answered.ok(200)["published"], true);
    let public = w.app.get(&path, None).await;
    let item = &public.ok(200)["items"][0];
    assert_eq!(item["answer"], "Ja, binnen het project.");
    assert!(
        item.get("asked_by").is_none(),
        "published without the asker: {item}"
    );
    let seen_by_other = w.app.get(&path, Some(&other)).await;
    assert!(seen_by_other.ok(200)["items"][0].get("asked_by").is_none());
}

// ---------------------------------------------------------------------------------------------
// The audit trail, listings, wrong types, digests, limits, outsiders on drafts, the deadline on
// edits, the seed Q&A, the schema's enumerations and the password policy's upper bound.

/// Signs up over HTTP; returns the user's id and a token.
async fn signup(app: &TestApp, email: &str) -> (String, String) {
    let password = "a-long-applicant-password";
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": email, "password": password, "display_name": "Aanvrager"}),
        )
        .await;
    let id = res.ok(201)["id"].as_str().unwrap().to_owned();
    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": email, "password": password}),
        )
        .await;
    let token = res.ok(200)["access_token"].as_str().unwrap().to_owned();
    (id, token)
}

/// Every audit record of one target, oldest first.
async fn audit_of(app: &TestApp, reader: &str, target_type: &str, target_id: &str) -> Vec<Value> {
    let res = app
        .get(
            &format!("/api/v1/audit?target_type={target_type}&target_id={target_id}&per_page=100"),
            Some(reader),
        )
        .await;
    let page = res.ok(200);
    let items = page["items"].as_array().unwrap().clone();
    assert_eq!(page["total"], items.len(), "one page holds them all");
    for item in &items {
        assert_eq!(item["target_type"], target_type);
        assert_eq!(item["target_id"], target_id);
    }
    items
}

fn actions(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect()
}

fn content_of(body: &Value) -> Value {
    let mut content = body.clone();
    content.as_object_mut().unwrap().remove("organisation_id");
    content
}

async fn put(app: &TestApp, token: &str, id: &str, content: Value) -> Res {
    app.request(
        reqwest::Method::PUT,
        &format!("/api/v1/applications/{id}"),
        Some(token),
        Some(content),
    )
    .await
}

#[tokio::test]
async fn every_step_of_an_application_is_in_the_audit_trail_with_actor_before_and_after() {
    let w = world().await;
    let (owner_id, owner) = signup(&w.app, "eigenaar@genk.be").await;
    let (colleague_id, _) = signup(&w.app, "collega@genk.be").await;
    let owner_actor = format!("user:{owner_id}");
    let org = w.app.organisation(&owner, "Stad Genk", &kbo(3)).await;
    w.app
        .post(
            &format!("/api/v1/organisations/{org}/members"),
            Some(&owner),
            json!({"email": "collega@genk.be"}),
        )
        .await
        .ok(201);

    let draft = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&owner),
            json!({"organisation_id": org, "track": 1, "title": "Eerste versie"}),
        )
        .await;
    let id = draft.ok(201)["id"].as_str().unwrap().to_owned();
    put(&w.app, &owner, &id, content_of(&complete_application(&org)))
        .await
        .ok(200);
    let annex = w
        .app
        .upload(&owner, &id, "annex", "bijlage.pdf", TINY_PDF.to_vec())
        .await;
    let annex = annex.ok(201)["id"].as_str().unwrap().to_owned();
    w.app
        .post(
            &format!("/api/v1/applications/{id}/attachments/{annex}/detach"),
            Some(&owner),
            json!({}),
        )
        .await
        .ok(200);
    w.app
        .upload(
            &owner,
            &id,
            "application_form",
            "aanvraag.pdf",
            TINY_PDF.to_vec(),
        )
        .await
        .ok(201);
    let submit = format!("/api/v1/applications/{id}/submit");
    let first = w.app.post(&submit, Some(&owner), json!({})).await;
    let first = first.ok(201).clone();
    w.app
        .post(
            &format!("/api/v1/applications/{id}/revise"),
            Some(&owner),
            json!({}),
        )
        .await
        .ok(200);
    w.app.set_time(brussels(2023, 8, 2, 9, 30, 0));
    let second = w.app.post(&submit, Some(&owner), json!({})).await;
    let second = second.ok(201).clone();
    w.app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            Some(&owner),
            json!({}),
        )
        .await
        .ok(200);
    let asked = w
        .app
        .post(
            &format!("/api/v1/calls/{}/questions", w.call),
            Some(&owner),
            json!({"question": "Mogen we opleidingen financieren?"}),
        )
        .await;
    let question = asked.ok(201)["id"].as_str().unwrap().to_owned();
    w.app
        .post(
            &format!("/api/v1/questions/{question}/answer"),
            Some(&w.admin),
            json!({"answer": "Ja, binnen het project.", "publish": true}),
        )
        .await
        .ok(200);
    let admin_id = w.app.get("/api/v1/me", Some(&w.admin)).await.ok(200)["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let auditor = w.app.login(Role::Auditor).await;

    // sign-up
    let user = audit_of(&w.app, &auditor, "user", &owner_id).await;
    assert_eq!(actions(&user), ["user.signup"]);
    assert_eq!(user[0]["actor"], owner_actor.as_str());
    assert!(user[0]["before"].is_null());
    assert_eq!(user[0]["after"]["email"], "eigenaar@genk.be");
    assert_eq!(user[0]["after"]["role"], "applicant");

    // the organisation and its new member
    let organisation = audit_of(&w.app, &auditor, "organisation", &org).await;
    assert_eq!(
        actions(&organisation),
        ["organisation.create", "organisation.add_member"]
    );
    for r in &organisation {
        assert_eq!(r["actor"], owner_actor.as_str(), "{r}");
        assert!(r["before"].is_null(), "{r}");
    }
    assert_eq!(organisation[0]["after"]["name"], "Stad Genk");
    assert_eq!(organisation[0]["after"]["kbo"], kbo(3));
    assert_eq!(organisation[1]["after"]["user_id"], colleague_id.as_str());
    assert_eq!(organisation[1]["after"]["email"], "collega@genk.be");

    // the application, step by step
    let trail = audit_of(&w.app, &auditor, "application", &id).await;
    assert_eq!(
        actions(&trail),
        [
            "application.create",
            "application.edit",
            "application.attach",
            "application.detach",
            "application.attach",
            "application.submit",
            "application.revise",
            "application.submit",
            "application.withdraw",
        ]
    );
    for r in &trail {
        assert_eq!(r["actor"], owner_actor.as_str(), "{r}");
    }
    let [create, edit, attach, detach, _attach_form, submit1, revise, submit2, withdraw] =
        &trail[..]
    else {
        unreachable!()
    };
    assert!(create["before"].is_null());
    assert_eq!(create["after"]["title"], "Eerste versie");
    assert_eq!(create["after"]["status"], "draft");
    assert_eq!(edit["before"]["title"], "Eerste versie");
    assert_eq!(edit["before"]["requested_amount"], "0.00");
    assert_eq!(edit["after"]["title"], "Expertenpool Limburg");
    assert_eq!(edit["after"]["requested_amount"], "25000.50");
    assert_eq!(edit["after"]["budget_lines"].as_array().unwrap().len(), 2);
    let attachments = |r: &Value| r["attachments"].as_array().unwrap().clone();
    assert_eq!(attachments(&attach["before"]).len(), 0);
    assert_eq!(attachments(&attach["after"])[0]["id"], annex.as_str());
    assert_eq!(attachments(&attach["after"])[0]["file_name"], "bijlage.pdf");
    assert_eq!(attachments(&detach["before"])[0]["id"], annex.as_str());
    assert_eq!(attachments(&detach["after"]).len(), 0);
    assert_eq!(submit1["before"]["status"], "draft");
    assert_eq!(submit1["after"]["status"], "submitted");
    assert_eq!(submit1["after"]["receipt"], first["number"]);
    assert_eq!(submit1["after"]["digest"], first["digest"]);
    assert_eq!(
        submit1["at"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap(),
        brussels(2023, 8, 1, 12, 0, 0)
    );
    assert_eq!(revise["before"]["status"], "submitted");
    assert_eq!(revise["after"]["status"], "draft");
    assert_eq!(submit2["after"]["receipt"], second["number"]);
    assert_ne!(first["number"], second["number"]);
    assert_eq!(
        submit2["at"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap(),
        brussels(2023, 8, 2, 9, 30, 0)
    );
    assert_eq!(withdraw["before"]["status"], "submitted");
    assert_eq!(withdraw["after"]["status"], "withdrawn");

    // the question, asked by the applicant and answered by an admin
    let qa = audit_of(&w.app, &auditor, "question", &question).await;
    assert_eq!(actions(&qa), ["question.ask", "question.answer"]);
    assert_eq!(qa[0]["actor"], owner_actor.as_str());
    assert!(qa[0]["before"].is_null());
    assert_eq!(
        qa[0]["after"]["question"],
        "Mogen we opleidingen financieren?"
    );
    assert_eq!(qa[1]["actor"], format!("user:{admin_id}"));
    assert!(qa[1]["before"]["answer"].is_null());
    assert_eq!(qa[1]["before"]["published"], false);
    assert_eq!(qa[1]["after"]["answer"], "Ja, binnen het project.");
    assert_eq!(qa[1]["after"]["published"], true);

    // the actor filter finds the same steps, and the chain holds
    let by_owner = w
        .app
        .get(
            &format!("/api/v1/audit?actor={owner_actor}&target_type=application&per_page=100"),
            Some(&auditor),
        )
        .await;
    assert_eq!(by_owner.ok(200)["total"], trail.len());
    let verified = w.app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(verified.ok(200)["intact"], true, "{}", verified.text);
}

#[tokio::test]
async fn listings_filter_by_track_and_organisation_paginate_and_hide_other_organisations() {
    let w = world().await;
    let other = w.app.applicant().await;
    let other_org = w.app.organisation(&other, "Stad Aalst", &kbo(2)).await;
    let path = format!("/api/v1/calls/{}/applications", w.call);
    for (token, org, track, title) in [
        (&w.applicant, &w.org, 1, "A1"),
        (&w.applicant, &w.org, 2, "A2"),
        (&w.applicant, &w.org, 2, "A3"),
        (&other, &other_org, 1, "B1"),
        (&other, &other_org, 3, "B2"),
    ] {
        let res = w
            .app
            .post(
                &path,
                Some(token),
                json!({"organisation_id": org, "track": track, "title": title}),
            )
            .await;
        res.ok(201);
    }
    let list = |token: &str, query: &str| {
        let app = &w.app;
        let url = format!("/api/v1/applications?{query}");
        let token = token.to_owned();
        async move {
            let res = app.get(&url, Some(&token)).await;
            res.ok(200).clone()
        }
    };
    let titles = |page: &Value| -> Vec<String> {
        let mut t: Vec<String> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().to_owned())
            .collect();
        t.sort();
        t
    };
    let call = &w.call;
    let auditor = w.app.login(Role::Auditor).await;

    // track
    for staff in [&w.admin, &auditor] {
        let page = list(staff, &format!("call_id={call}&track=2")).await;
        assert_eq!(page["total"], 2);
        assert_eq!(titles(&page), ["A2", "A3"]);
        assert!(page["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["track"] == 2));
        let page = list(staff, &format!("call_id={call}&track=1")).await;
        assert_eq!(titles(&page), ["A1", "B1"]);
    }

    // organisation, as admin and as auditor
    for staff in [&w.admin, &auditor] {
        let page = list(
            staff,
            &format!("call_id={call}&organisation_id={other_org}"),
        )
        .await;
        assert_eq!(page["total"], 2);
        assert_eq!(titles(&page), ["B1", "B2"]);
        for item in page["items"].as_array().unwrap() {
            assert_eq!(item["lead_organisation_id"], other_org.as_str());
        }
        let page = list(
            staff,
            &format!("call_id={call}&organisation_id={}&track=2", w.org),
        )
        .await;
        assert_eq!(titles(&page), ["A2", "A3"]);
    }

    // pagination: 5 in pages of 2
    let mut seen = Vec::new();
    for (page_no, expected) in [(1, 2), (2, 2), (3, 1), (4, 0)] {
        let page = list(
            &auditor,
            &format!("call_id={call}&per_page=2&page={page_no}"),
        )
        .await;
        assert_eq!(page["total"], 5, "page {page_no}");
        assert_eq!(
            page["items"].as_array().unwrap().len(),
            expected,
            "page {page_no}"
        );
        seen.extend(titles(&page));
    }
    seen.sort();
    assert_eq!(seen, ["A1", "A2", "A3", "B1", "B2"], "every one once");

    // an applicant sees only their own organisation's, whatever the filters say
    let page = list(&w.applicant, "").await;
    assert_eq!(page["total"], 3);
    assert_eq!(titles(&page), ["A1", "A2", "A3"]);
    let page = list(&w.applicant, &format!("call_id={call}&track=1")).await;
    assert_eq!(titles(&page), ["A1"]);
    let page = list(&w.applicant, &format!("organisation_id={other_org}")).await;
    assert_eq!(page["total"], 0);
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
    let page = list(&w.applicant, &format!("call_id={call}&per_page=2&page=2")).await;
    assert_eq!(page["total"], 3);
    assert_eq!(titles(&page).len(), 1);
    assert!(titles(&page)[0].starts_with('A'));
    let page = list(&other, &format!("call_id={call}")).await;
    assert_eq!(titles(&page), ["B1", "B2"]);
}

#[tokio::test]
async fn wrong_json_types_and_unknown_nested_fields_are_422_problems_naming_the_field() {
    let w = world().await;
    let id = w.draft(complete_application(&w.org)).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let create = format!("/api/v1/calls/{}/applications", w.call);
    type Breaks = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Breaks, &str, &str)> = vec![
        (
            "track as text",
            Box::new(|b| b["track"] = json!("one")),
            "track",
            "invalid",
        ),
        (
            "budget lines as an object",
            Box::new(|b| b["budget_lines"] = json!({})),
            "budget_lines",
            "invalid",
        ),
        (
            "answers as a list",
            Box::new(|b| b["answers"] = json!([])),
            "answers",
            "invalid",
        ),
        (
            "an unknown field in a budget line",
            Box::new(|b| b["budget_lines"][1]["vat_rate"] = json!("21")),
            "budget_lines[1].vat_rate",
            "unknown_field",
        ),
        (
            "an unknown field in the contact",
            Box::new(|b| b["contact"]["fax"] = json!("+32 89 00 00 00")),
            "contact.fax",
            "unknown_field",
        ),
    ];
    for (what, break_it, field, code) in &cases {
        let mut body = complete_application(&w.org);
        break_it(&mut body);
        let res = w.app.post(&create, Some(&w.applicant), body).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], *field, "create, {what}: {p}");
        assert_eq!(p["errors"][0]["code"], *code, "create, {what}: {p}");

        let mut content = content_of(&complete_application(&w.org));
        break_it(&mut content);
        let res = put(&w.app, &w.applicant, &id, content).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], *field, "edit, {what}: {p}");
        assert_eq!(p["errors"][0]["code"], *code, "edit, {what}: {p}");
    }
    // nothing was created or changed
    let mine = w.app.get("/api/v1/applications", Some(&w.applicant)).await;
    assert_eq!(mine.ok(200)["total"], 1);
    let app = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["requested_amount"], "25000.50");
    assert_eq!(app.body["updated_at"], app.body["created_at"]);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test]
async fn an_attachment_is_recorded_downloaded_and_stored_under_its_sha256() {
    let w = world().await;
    let id = w.draft(complete_application(&w.org)).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // a PDF of its own, so that its digest is not any other test's
    let mut bytes = TINY_PDF.to_vec();
    bytes.extend_from_slice(format!("% {}\n", uuid::Uuid::new_v4()).as_bytes());
    let expected = sha256_hex(&bytes);

    let res = w
        .app
        .upload(
            &w.applicant,
            &id,
            "application_form",
            "Aanvraag.pdf",
            bytes.clone(),
        )
        .await;
    let attachment = res.ok(201).clone();
    assert_eq!(attachment["sha256"], expected.as_str());
    assert_eq!(attachment["size_bytes"], bytes.len());

    let res = w
        .app
        .client
        .get(format!(
            "{}{}",
            w.app.base,
            attachment["href"].as_str().unwrap()
        ))
        .bearer_auth(&w.applicant)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()["digest"],
        format!("sha-256={expected}").as_str()
    );
    let body = res.bytes().await.unwrap();
    assert_eq!(body.as_ref(), bytes.as_slice());
    assert_eq!(sha256_hex(&body), expected);

    // content-addressed: <blob dir>/ab/cd/abcd…, holding exactly the bytes
    let blob = w
        .app
        .blob_dir
        .path()
        .join(&expected[0..2])
        .join(&expected[2..4])
        .join(&expected);
    assert_eq!(
        std::fs::read(&blob).expect("the blob under its digest"),
        bytes
    );

    // the same content again is a second attachment of the same blob, stored once
    let files = count_files(w.app.blob_dir.path());
    let again = w
        .app
        .upload(&w.applicant, &id, "annex", "kopie.pdf", bytes.clone())
        .await;
    assert_eq!(again.ok(201)["sha256"], expected.as_str());
    assert_ne!(again.body["id"], attachment["id"]);
    assert_eq!(count_files(w.app.blob_dir.path()), files);
}

/// Sends a request head announcing `content_length` bytes and only `body_start` of them, and
/// reads the answer (status, headers, body) without sending the rest.
fn announce_and_read(
    base: &str,
    head: &str,
    content_length: usize,
    body_start: &[u8],
) -> (u16, String, String) {
    use std::io::{Read, Write};
    let addr = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let request = format!("{head}Host: {addr}\r\nContent-Length: {content_length}\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body_start).unwrap();
    stream.flush().unwrap();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream
            .read(&mut buf)
            .expect("an answer before the body was sent");
        if n == 0 {
            break;
        }
        received.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&received);
        if let Some(end) = text.find("\r\n\r\n") {
            let headers = text[..end].to_ascii_lowercase();
            let length = headers
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map(|v| v.trim().parse::<usize>().unwrap());
            if length.is_some_and(|l| received.len() >= end + 4 + l) {
                break;
            }
        }
    }
    let text = String::from_utf8_lossy(&received).into_owned();
    let (headers, body) = text.split_once("\r\n\r\n").expect("a complete head");
    let status = headers
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    (status, headers.to_ascii_lowercase(), body.to_owned())
}

#[tokio::test]
async fn an_upload_announcing_more_than_the_limit_is_refused_before_its_body_is_read() {
    let w = world().await;
    let id = w.draft(complete_application(&w.org)).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let files = count_files(w.app.blob_dir.path());
    let boundary = "grantdesk-test-boundary";
    let head = format!(
        "POST /api/v1/applications/{id}/attachments HTTP/1.1\r\n\
         Authorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\n",
        w.applicant
    );
    let start = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannex\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    );
    // 20 MiB announced (the test server's limit is 256 KiB), a few bytes sent
    let base = w.app.base.clone();
    let (status, headers, body) = tokio::task::spawn_blocking(move || {
        announce_and_read(&base, &head, 20 * 1024 * 1024, start.as_bytes())
    })
    .await
    .unwrap();
    assert_eq!(status, 413, "{headers}\n{body}");
    assert!(
        headers.contains("content-type: application/problem+json"),
        "{headers}"
    );
    let problem: Value = serde_json::from_str(&body).expect("a JSON problem");
    assert_eq!(problem["status"], 413);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains(&MAX_UPLOAD_BYTES.to_string()),
        "{problem}"
    );
    // nothing stored
    let app = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(w.app.blob_dir.path()), files);
}

#[tokio::test]
async fn another_organisation_gets_404_on_every_read_and_write_of_a_draft() {
    let w = world().await;
    let draft = w.draft(complete_application(&w.org)).await;
    let id = draft["id"].as_str().unwrap().to_owned();
    let attachment = w
        .app
        .upload(
            &w.applicant,
            &id,
            "application_form",
            "aanvraag.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let attachment = attachment.ok(201)["id"].as_str().unwrap().to_owned();

    let outsider = w.app.applicant().await;
    w.app.organisation(&outsider, "Stad Aalst", &kbo(2)).await;
    w.app
        .get(&format!("/api/v1/applications/{id}"), Some(&outsider))
        .await
        .problem(404);
    w.app
        .get(
            &format!("/api/v1/applications/{id}/attachments/{attachment}"),
            Some(&outsider),
        )
        .await
        .problem(404);
    let mut content = content_of(&complete_application(&w.org));
    content["title"] = json!("mine now");
    put(&w.app, &outsider, &id, content).await.problem(404);
    w.app
        .upload(&outsider, &id, "annex", "x.pdf", TINY_PDF.to_vec())
        .await
        .problem(404);
    for action in [
        format!("attachments/{attachment}/detach"),
        "submit".to_owned(),
        "revise".to_owned(),
        "withdraw".to_owned(),
    ] {
        let res = w
            .app
            .post(
                &format!("/api/v1/applications/{id}/{action}"),
                Some(&outsider),
                json!({}),
            )
            .await;
        let p = res.problem(404);
        assert!(
            !p.to_string().contains(&w.org),
            "{action}: nothing of the application shows: {p}"
        );
    }

    // the draft is as it was
    let after = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    let after = after.ok(200);
    assert_eq!(after["status"], "draft");
    assert_eq!(after["title"], draft["title"]);
    assert_eq!(after["attachments"].as_array().unwrap().len(), 1);
    assert!(after["latest_receipt"].is_null());
}

#[tokio::test]
async fn after_the_deadline_a_draft_can_be_neither_edited_nor_given_attachments() {
    let w = world().await;
    let id = w.complete_draft().await;
    let before = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await
        .ok(200)
        .clone();
    let attachment = before["attachments"][0]["id"].as_str().unwrap().to_owned();
    let files = count_files(w.app.blob_dir.path());
    let deadline = brussels(2023, 8, 31, 10, 0, 0);

    // one millisecond before: still allowed (and undone, to compare afterwards)
    w.app.set_time(deadline - chrono::Duration::milliseconds(1));
    let content = content_of(&complete_application(&w.org));
    put(&w.app, &w.applicant, &id, content.clone())
        .await
        .ok(200);

    w.app.set_time(deadline);
    let mut changed = content.clone();
    changed["title"] = json!("te laat");
    let refusals = [
        put(&w.app, &w.applicant, &id, changed).await,
        w.app
            .upload(&w.applicant, &id, "annex", "laat.pdf", TINY_PDF.to_vec())
            .await,
        w.app
            .post(
                &format!("/api/v1/applications/{id}/attachments/{attachment}/detach"),
                Some(&w.applicant),
                json!({}),
            )
            .await,
    ];
    for res in &refusals {
        let p = res.problem(409);
        assert_eq!(p["type"], "/problems/deadline-passed", "{p}");
        assert_eq!(p["deadline"], "2023-08-31T10:00:00+02:00", "{p}");
        assert!(
            p["detail"]
                .as_str()
                .unwrap()
                .contains("2023-08-31T10:00:00+02:00"),
            "{p}"
        );
    }
    let after = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    let after = after.ok(200);
    assert_eq!(after["title"], before["title"]);
    assert_eq!(after["attachments"], before["attachments"]);
    assert_eq!(count_files(w.app.blob_dir.path()), files, "nothing stored");
}

/// The seed's question and answer (seed 002: a member of parliament's questions about the
/// VVSG helpdesk and the minister's answer).
fn seed_question_and_answer() -> (&'static str, &'static str) {
    const SEED: &str = include_str!("fixtures/questions/002_126b4b2ac97480fc.txt");
    let split = SEED
        .find("\n 1. a) Het is niet mogelijk")
        .expect("the answer begins at its first point");
    (&SEED[..split], &SEED[split + 1..])
}

#[tokio::test]
async fn the_seed_question_and_answer_are_stored_and_published_exactly_without_the_asker() {
    let w = world().await;
    let (question, answer) = seed_question_and_answer();
    // what is stored is the text without surrounding blanks, and nothing else changed
    let (question_text, answer_text) = (question.trim(), answer.trim());
    assert!(question_text.chars().count() > 3000 && answer_text.chars().count() > 7000);
    assert!(question_text.contains("Syriëstrijders") && answer_text.contains("‘Handvatten"));

    let path = format!("/api/v1/calls/{}/questions", w.call);
    let asked = w
        .app
        .post(&path, Some(&w.applicant), json!({"question": question}))
        .await;
    let asked = asked.ok(201).clone();
    assert_eq!(asked["question"], question_text);
    let id = asked["id"].as_str().unwrap().to_owned();
    let answered = w
        .app
        .post(
            &format!("/api/v1/questions/{id}/answer"),
            Some(&w.admin),
            json!({"answer": answer}),
        )
        .await;
    let answered = answered.ok(200).clone();
    assert_eq!(answered["answer"], answer_text);
    assert_eq!(answered["published"], true, "published by default");

    let other = w.app.applicant().await;
    for (who, token) in [
        ("anyone", None),
        ("another applicant", Some(other.as_str())),
    ] {
        let page = w.app.get(&path, token).await;
        let page = page.ok(200);
        assert_eq!(page["total"], 1, "{who}");
        let item = &page["items"][0];
        assert_eq!(item["question"], question_text, "{who}");
        assert_eq!(item["answer"], answer_text, "{who}");
        assert!(
            item.get("asked_by").is_none(),
            "{who} sees no asker: {item}"
        );
        assert!(
            !item
                .to_string()
                .contains(asked["asked_by"].as_str().unwrap()),
            "{who}"
        );
    }
    // staff still see who asked
    let staff = w.app.get(&path, Some(&w.admin)).await;
    assert_eq!(staff.ok(200)["items"][0]["asked_by"], asked["asked_by"]);
}

#[tokio::test]
async fn the_schema_enumerates_budget_categories_and_organisation_kinds_and_patterns_amounts() {
    let app = spawn_app().await;
    let spec = app.get("/openapi.json", None).await;
    let schemas = spec.ok(200)["components"]["schemas"].clone();
    let resolve = |s: &Value| -> Value {
        match s["$ref"].as_str() {
            Some(r) => schemas[r.trim_start_matches("#/components/schemas/")].clone(),
            None => s.clone(),
        }
    };
    let categories = json!([
        "personnel",
        "operating",
        "equipment",
        "subcontracting",
        "other"
    ]);
    for (schema, field) in [
        ("BudgetLineDto", "category"),
        ("BudgetLineView", "category"),
    ] {
        let s = resolve(&schemas[schema]["properties"][field]);
        assert_eq!(s["type"], "string", "{schema}.{field}: {s}");
        assert_eq!(s["enum"], categories, "{schema}.{field}");
    }
    let kinds = json!(["local_government", "non_profit", "company", "other"]);
    for (schema, field) in [
        ("OrganisationRequest", "kind"),
        ("OrganisationView", "kind"),
    ] {
        let s = resolve(&schemas[schema]["properties"][field]);
        assert_eq!(s["enum"], kinds, "{schema}.{field}: {s}");
    }

    // the patterns accept what the server accepts (input) and answers (output), nothing else
    let matches = |schema: &Value, value: &str| {
        jsonschema::validator_for(schema)
            .unwrap()
            .is_valid(&json!(value))
    };
    let input = schemas["BudgetLineDto"]["properties"]["amount"].clone();
    assert_eq!(input["type"], "string");
    for ok in ["24000.00", "0.10", "0.1", "750000", "999999999999.99"] {
        assert!(matches(&input, ok), "{ok} should match {input}");
    }
    for bad in [
        "",
        "1e3",
        "-1.00",
        "1.234",
        "1,00",
        " 1.00",
        "1.",
        ".5",
        "1000000000000.00",
    ] {
        assert!(!matches(&input, bad), "{bad:?} should not match {input}");
    }
    let cap = &schemas["CallRequest"]["properties"]["cap_per_project"];
    assert_eq!(cap["pattern"], input["pattern"], "{cap}");
    for (schema, field) in [
        ("BudgetLineView", "amount"),
        ("ApplicationView", "requested_amount"),
        ("ApplicationSummary", "requested_amount"),
    ] {
        let output = &schemas[schema]["properties"][field];
        assert!(
            matches(output, "25000.50") && matches(output, "0.00"),
            "{schema}.{field}"
        );
        assert!(
            !matches(output, "25000.5") && !matches(output, "25000"),
            "{schema}.{field}"
        );
    }

    // and what the server answers matches them
    let w = world().await;
    let draft = w.draft(complete_application(&w.org)).await;
    let view_schema = &schemas["BudgetLineView"]["properties"]["amount"];
    for line in draft["budget_lines"].as_array().unwrap() {
        assert!(
            matches(view_schema, line["amount"].as_str().unwrap()),
            "{line}"
        );
    }
    let requested = &schemas["ApplicationView"]["properties"]["requested_amount"];
    assert!(matches(
        requested,
        draft["requested_amount"].as_str().unwrap()
    ));
}

#[tokio::test]
async fn a_password_longer_than_the_maximum_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "lang@genk.be", "password": "x".repeat(257), "display_name": "Lang"}),
        )
        .await;
    let p = res.problem(422);
    assert_eq!(p["errors"][0]["field"], "password", "{p}");
    assert!(p.to_string().contains("256"), "{p}");
    // counted in characters, not bytes: 256 of "é" (512 bytes) is exactly the maximum
    let at_most = "é".repeat(256);
    app.post(
        "/api/v1/auth/signup",
        None,
        json!({"email": "lang@genk.be", "password": at_most, "display_name": "Lang"}),
    )
    .await
    .ok(201);
    let token = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "lang@genk.be", "password": "é".repeat(256)}),
        )
        .await;
    token.ok(200);
}

#[tokio::test]
async fn a_drafts_budget_lines_are_replaced_on_their_own_with_an_exact_sum_under_the_cap() {
    let w = world().await;
    let id = w.complete_draft().await;
    let path = format!("/api/v1/applications/{id}/budget-lines");
    let lines = |amounts: &[&str]| {
        json!({"budget_lines": amounts.iter().map(|a| json!({
            "category": "operating", "description": "Verplaatsingen", "amount": a
        })).collect::<Vec<_>>()})
    };
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &path,
            Some(&w.applicant),
            Some(lines(&["0.10", "0.20"])),
        )
        .await;
    let got = res.ok(200);
    assert_eq!(got["requested_amount"], "0.30");
    assert_eq!(got["budget_lines"].as_array().unwrap().len(), 2);
    // the rest of the content is untouched
    assert_eq!(got["title"], "Expertenpool Limburg");
    assert_eq!(got["contact"]["name"], "Jan Peeters");

    // one cent over the call's cap (60,000.00): refused, nothing changed
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &path,
            Some(&w.applicant),
            Some(lines(&["59999.99", "0.02"])),
        )
        .await;
    res.problem(422);
    let res = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(res.ok(200)["requested_amount"], "0.30");
    // money as a JSON number is refused
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &path,
            Some(&w.applicant),
            Some(json!({"budget_lines": [{"category": "operating", "description": "x", "amount": 1.5}]})),
        )
        .await;
    res.problem(422);

    // a submitted application's lines are frozen
    w.submit(&id).await.ok(201);
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &path,
            Some(&w.applicant),
            Some(lines(&["100.00"])),
        )
        .await;
    res.problem(409);
}
