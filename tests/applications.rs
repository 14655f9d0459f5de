//! Applications from sign-up to receipt: organisations, drafts, exact sums, attachments, the
//! deadline to the millisecond, and organisations that never see each other's work.
//!
//! Most tests start from [`open_call_and_member`]: the reference call with a form
//! ([`call_with_form`]: deadline 31 August 2023 10:00 Brussels, a cap of 60,000.00 per project)
//! open, the clock at 1 August 2023 12:00, and a member of "Stad Genk" (`genk`).

mod common;

use common::files::count_files;
use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

#[tokio::test]
async fn an_applicant_signs_up_registers_an_organisation_drafts_attaches_and_submits() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call
        .draft_by(
            &genk,
            json!({"organisation_id": genk.org, "track": 1, "title": "Eerste versie"}),
        )
        .await;
    assert_eq!(draft.created["status"], "draft");
    let missing: Vec<&str> = draft.created["missing"]
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

    // submitting now lists everything that is missing
    let res = draft.submit().await;
    let p = res.problem(422);
    assert_eq!(p["type"], "/problems/incomplete");
    assert!(p["errors"].as_array().unwrap().len() >= 4);

    let res = draft.edit(complete_content()).await;
    assert_eq!(res.ok(200)["requested_amount"], "25000.50");
    let up = draft
        .upload(
            "application_form",
            "C:\\fakepath\\Aanvraag Genk.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let attachment = up.ok(201);
    assert_eq!(attachment["file_name"], "Aanvraag Genk.pdf");
    assert_eq!(attachment["media_type"], "application/pdf");

    let res = draft.submit().await;
    let receipt = res.ok(201).clone();
    assert_eq!(receipt["number"], "EXP23-0001");
    assert_eq!(receipt["received_at"], "2023-08-01T12:00:00+02:00");
    assert_eq!(receipt["digest"].as_str().unwrap().len(), 64);

    // idempotent: the same receipt again
    let again = draft.submit().await;
    assert_eq!(again.ok(200)["number"], "EXP23-0001");
    assert_eq!(again.body["digest"], receipt["digest"]);

    // the snapshot is frozen and hashes to the digest
    let full = app
        .get(
            &format!("{}/receipts/EXP23-0001", draft.path()),
            Some(&genk.token),
        )
        .await;
    let snapshot = full.ok(200)["snapshot"].clone();
    let digest = grantdesk_domain::snapshot_digest(&snapshot);
    assert_eq!(digest, receipt["digest"].as_str().unwrap());
    assert_eq!(snapshot["requested_amount"], "25000.50");

    // submitted is read-only
    draft
        .edit(json!({"track": 1, "title": "changed"}))
        .await
        .problem(409);
    draft
        .upload("annex", "extra.pdf", TINY_PDF.to_vec())
        .await
        .problem(409);
}

#[tokio::test]
async fn revising_and_resubmitting_gives_a_new_receipt_and_keeps_the_old_one() {
    let (_, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    assert_eq!(draft.submit().await.ok(201)["number"], "EXP23-0001");
    assert_eq!(draft.revise().await.ok(200)["status"], "draft");
    let mut content = complete_content();
    content["title"] = json!("Expertenpool Limburg, herwerkt");
    draft.edit(content).await.ok(200);
    assert_eq!(draft.submit().await.ok(201)["number"], "EXP23-0002");
    let list = draft.receipts().await;
    assert_eq!(list.len(), 2);
    assert_ne!(list[0]["digest"], list[1]["digest"]);
    let read = draft.read().await;
    assert_eq!(read.ok(200)["latest_receipt"]["number"], "EXP23-0002");

    assert_eq!(draft.withdraw().await.ok(200)["status"], "withdrawn");
    draft.submit().await.problem(409);
}

#[tokio::test]
async fn a_submission_at_one_millisecond_before_the_deadline_is_accepted_and_at_the_deadline_refused(
) {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let early = call.complete_draft_by(&genk).await;
    let late = call.complete_draft_by(&genk).await;

    app.set_time(deadline() - chrono::Duration::milliseconds(1));
    let res = early.submit().await;
    assert_eq!(res.ok(201)["received_at"], "2023-08-31T09:59:59.999+02:00");

    app.set_time(deadline());
    refused_for_the_deadline(&late.submit().await);
    let read = late.read().await;
    assert_eq!(read.ok(200)["status"], "draft");
    assert!(read.body["latest_receipt"].is_null());

    // after the deadline nothing changes: no edit, no revision, no withdrawal, no new draft
    let res = early.revise().await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
    early.withdraw().await.problem(409);
    call.create_draft(&genk.token, complete_application(&genk.org))
        .await
        .problem(409);
}

#[tokio::test]
async fn a_submission_that_waits_past_the_deadline_is_refused_because_the_commit_instant_counts() {
    // another writer holds the application's row (the first lock a submission takes), so the
    // submission has to wait for it; the instant that counts is read after it
    submission_waiting_past_the_deadline_is_refused(|_, application| {
        format!("UPDATE applications SET version = version WHERE id = '{application}'")
    })
    .await;
}

#[tokio::test]
async fn a_double_click_on_submit_gets_one_receipt_twice() {
    let (_, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    // four submits of one draft at once (a double click, a client retrying)
    let (a, b, c, d) = tokio::join!(
        draft.submit(),
        draft.submit(),
        draft.submit(),
        draft.submit()
    );
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
    assert_eq!(draft.receipts().await.len(), 1);
}

#[tokio::test]
async fn an_uncommitted_audited_write_elsewhere_does_not_hold_up_a_submission_on_postgres() {
    // since #16 an audited write appends its entry without a lock every writer meets: on
    // PostgreSQL a transaction that wrote an audit entry and has not committed holds up no
    // submission of another call. SQLite has one writer: there the submission takes its turn
    // after it, and is accepted.
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    app.set_time(deadline() - chrono::Duration::minutes(5));
    let now = if on_postgres() {
        "now()"
    } else {
        "datetime('now')"
    };
    let holder = hold_lock(
        &app,
        format!(
            "INSERT INTO audit_log (id, at, actor, action, target_type, target_id) VALUES \
             ('00000000-0000-4000-8000-0000000000aa', {now}, 'user:x', 'call.update', 'call', 'x')"
        ),
    );
    let res = if on_postgres() {
        let res = tokio::time::timeout(std::time::Duration::from_secs(5), draft.submit())
            .await
            .expect("the submission does not wait for the other transaction");
        holder.release();
        res
    } else {
        let release = async {
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            holder.release();
        };
        tokio::join!(draft.submit(), release).0
    };
    assert_eq!(res.status, 201, "{}", res.text);
    assert_eq!(draft.receipts().await.len(), 1);
}

#[tokio::test]
async fn an_edit_waiting_for_its_application_past_the_deadline_is_refused() {
    // another writer holds the application's row (a concurrent edit of the same draft): the edit
    // reads the instant that counts only after it got the row
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    let mut changed = complete_content();
    changed["title"] = json!("Waits for its application");
    let row = format!(
        "UPDATE applications SET version = version WHERE id = '{}'",
        draft.id
    );
    let res = waiting_past_the_deadline(&app, row, draft.edit(changed)).await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
    // rolled back: the draft is as it was
    let res = draft.read().await;
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

/// Sends `request` one millisecond before the deadline while another connection holds the lock
/// `statement` takes; the deadline passes while the request waits (400 ms later), then the lock
/// is released. Returns the answer.
async fn waiting_past_the_deadline(
    app: &TestApp,
    statement: String,
    request: impl std::future::Future<Output = Res>,
) -> Res {
    app.set_time(deadline() - chrono::Duration::milliseconds(1));
    let holder = hold_lock(app, statement);
    let release = async {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        // the request arrived before the deadline; it is still waiting when the deadline passes
        app.set_time(deadline());
        holder.release();
    };
    let (res, ()) = tokio::join!(request, release);
    res
}

/// Asserts the refusal of a change after the deadline: 409, naming the deadline (31 August 2023
/// 10:00 Brussels) in its field and its detail.
#[track_caller]
fn refused_for_the_deadline(res: &Res) {
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

/// A complete draft submitted one millisecond before the deadline while another writer holds
/// the lock `hold(call)` names; the deadline passes while it waits: refused, nothing written.
async fn submission_waiting_past_the_deadline_is_refused(hold: impl Fn(&str, &str) -> String) {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    let res = waiting_past_the_deadline(&app, hold(&call.id, &draft.id), draft.submit()).await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
    assert_eq!(draft.receipts().await.len(), 0);
}

#[tokio::test]
async fn two_hundred_concurrent_submissions_get_two_hundred_distinct_receipts() {
    const N: u32 = 200;
    let app = spawn_app().await;
    let mut definition = reference_call("SURGE");
    definition["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.with_opened_call(definition).await;
    app.set_time(brussels(2023, 8, 31, 9, 55, 0));
    let applicant = app.applicant().await;
    let mut ids = Vec::new();
    for i in 0..N {
        let org = app
            .organisation(&applicant, &format!("Gemeente {i}"), &kbo(100 + i))
            .await;
        let mut body = complete_application(&org);
        body["title"] = json!(format!("Aanvraag {i}"));
        let res = call.create_draft(&applicant, body).await;
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
    assert_eq!(numbers, expected, "none lost (and, as none failed, no gap)");
    // where the numbers came from: on PostgreSQL the call's own sequence, which no transaction
    // holds until it commits (#16): the counter row was never taken; on SQLite the counter row
    #[derive(diesel::QueryableByName)]
    struct Last {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        n: i32,
    }
    let last = {
        use diesel::RunQueryDsl;
        let mut conn = app.db.conn().unwrap();
        diesel::sql_query(format!(
            "SELECT last_number AS n FROM receipt_counters WHERE call_id = '{}'",
            call.id
        ))
        .get_result::<Last>(&mut **conn)
        .unwrap()
        .n
    };
    assert_eq!(last, if on_postgres() { 0 } else { N as i32 });
    let auditor = app.login(Role::Auditor).await;
    let listed = app
        .get(
            &format!(
                "/api/v1/applications?call_id={}&status=submitted&per_page=1",
                call.id
            ),
            Some(&auditor),
        )
        .await;
    assert_eq!(listed.ok(200)["total"], N);
}

#[tokio::test]
async fn requested_amounts_are_exact_sums_and_one_cent_over_the_cap_is_refused() {
    let (_, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let with_lines = |lines: Value| {
        let mut body = complete_application(&genk.org);
        body["budget_lines"] = lines;
        body
    };
    let body = with_lines(json!([
        {"category": "operating", "description": "a", "amount": "0.10"},
        {"category": "operating", "description": "b", "amount": "0.20"}
    ]));
    let draft = call.draft_by(&genk, body).await;
    assert_eq!(draft.created["requested_amount"], "0.30");

    let body = with_lines(json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.01"}
    ]));
    let draft = call.draft_by(&genk, body).await;
    assert_eq!(draft.created["requested_amount"], "60000.00");

    let body = with_lines(json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.02"}
    ]));
    let res = call.create_draft(&genk.token, body).await;
    let p = res.problem(422);
    let text = p.to_string();
    assert!(
        text.contains("60000.01") && text.contains("60000.00"),
        "{p}"
    );

    let body = with_lines(json!([{"category": "operating", "description": "a", "amount": 0.1}]));
    let res = call.create_draft(&genk.token, body).await;
    assert_eq!(
        res.problem(422)["errors"][0]["field"],
        "budget_lines[0].amount"
    );
}

#[tokio::test]
async fn another_organisation_gets_404_on_every_read_and_write() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let (submitted, receipt) = call.submitted_by(&genk).await;
    let number = receipt["number"].as_str().unwrap().to_owned();
    let read = submitted.read().await;
    let attachment = read.ok(200)["attachments"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let aalst = app.with_member("Stad Aalst", 2).await;
    let other = aalst.token.as_str();
    let id = &submitted.id;
    let paths_get = [
        format!("/api/v1/applications/{id}"),
        format!("/api/v1/applications/{id}/receipts"),
        format!("/api/v1/applications/{id}/receipts/{number}"),
        format!("/api/v1/applications/{id}/attachments/{attachment}"),
        format!("/api/v1/organisations/{}", genk.org),
        format!("/api/v1/organisations/{}/members", genk.org),
    ];
    for path in &paths_get {
        app.get(path, Some(other)).await.problem(404);
    }
    let paths_post = [
        format!("/api/v1/applications/{id}/submit"),
        format!("/api/v1/applications/{id}/revise"),
        format!("/api/v1/applications/{id}/withdraw"),
        format!("/api/v1/applications/{id}/attachments/{attachment}/detach"),
    ];
    for path in &paths_post {
        app.post(path, Some(other), json!({})).await.problem(404);
    }
    app.put(
        &submitted.path(),
        Some(other),
        json!({"track": 1, "title": "mine now"}),
    )
    .await
    .problem(404);
    app.upload(other, id, "annex", "x.pdf", TINY_PDF.to_vec())
        .await
        .problem(404);
    app.invite(other, &genk.org, "someone@test.example")
        .await
        .problem(404);
    // a draft for an organisation one is not a member of
    call.create_draft(other, complete_application(&genk.org))
        .await
        .problem(404);
    // and the listing shows only one's own
    let mine = app.get("/api/v1/applications", Some(other)).await;
    assert_eq!(mine.ok(200)["total"], 0);
    let mine = app
        .get(
            &format!("/api/v1/applications?organisation_id={}", genk.org),
            Some(other),
        )
        .await;
    assert_eq!(mine.ok(200)["total"], 0);
    // nor can the other organisation's member put it in as a partner's application of theirs
    let mut theirs = complete_application(&aalst.org);
    theirs["title"] = json!("Their own");
    call.draft_by(&aalst, theirs).await;
    let mine = app.get("/api/v1/applications", Some(other)).await;
    assert_eq!(mine.ok(200)["total"], 1, "only their own");
    // staff see it
    let auditor = app.login(Role::Auditor).await;
    app.get(&submitted.path(), Some(&auditor)).await.ok(200);
    let all = app
        .get(
            &format!("/api/v1/applications?call_id={}", call.id),
            Some(&call.admin),
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
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let blobs_before = count_files(app.blob_dir.path());

    let oversize = {
        let mut v = TINY_PDF.to_vec();
        v.resize(MAX_UPLOAD_BYTES + 1, b' ');
        v
    };
    draft
        .upload("annex", "big.pdf", oversize)
        .await
        .problem(413);
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00this program cannot be run in DOS mode".to_vec();
    draft
        .upload("annex", "innocent.pdf", exe)
        .await
        .problem(415);
    let text = b"just some text pretending to be a PDF".to_vec();
    draft.upload("annex", "fake.pdf", text).await.problem(415);
    let res = draft
        .upload("annex", "../../etc/passwd.pdf", TINY_PDF.to_vec())
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = draft.upload("annex", "empty.pdf", Vec::new()).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = draft
        .upload("budget_sheet", "ok.pdf", TINY_PDF.to_vec())
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kind");
    let res = app
        .post_raw(
            &format!("{}/attachments", draft.path()),
            Some(&genk.token),
            "application/json",
            "{}",
        )
        .await;
    res.problem(415);

    let after = draft.read().await;
    assert_eq!(after.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(
        count_files(app.blob_dir.path()),
        blobs_before,
        "no file was stored"
    );

    // a good one is stored once, downloadable with its digest
    let ok = draft
        .upload("application_form", "Aanvraag.pdf", TINY_PDF.to_vec())
        .await;
    let href = ok.ok(201)["href"].as_str().unwrap().to_owned();
    let res = app.get_raw(&href, &genk.token).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Aanvraag.pdf"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), TINY_PDF);
}

#[tokio::test]
async fn malformed_application_input_is_a_4xx_problem() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    app.post_raw(
        &call.applications_path(),
        Some(&genk.token),
        "application/json",
        "{\"track\": ",
    )
    .await
    .problem(400);
    // a draft of the complete application with one field set to `value`
    let draft_with = |field: &str, value: Value| {
        let mut body = complete_application(&genk.org);
        body[field] = value;
        call.create_draft(&genk.token, body)
    };
    let res = draft_with("unexpected", json!(true)).await;
    assert_eq!(res.problem(422)["errors"][0]["code"], "unknown_field");
    let res = draft_with("track", json!(9)).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "track");
    let res = draft_with("partners", json!(["0203.437.092"])).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "partners[0]");
    let res = draft_with("answers", json!({"expertise": "x".repeat(2001)})).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "answers.expertise");
    let register = |name: &str, kbo: &str| {
        let address = json!({"street": "a", "postal_code": "1000", "city": "Brussel"});
        let body = json!({"name": name, "kbo": kbo, "kind": "other", "address": address});
        app.post("/api/v1/organisations", Some(&genk.token), body)
    };
    let res = register("X", "0203.437.092").await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kbo");
    // a second claim on a registered number is recorded beside the first (staff settle it:
    // tests/organisation_claims.rs)
    let second = register("Dubbel", &kbo(1)).await;
    assert_eq!(second.ok(201)["verification"]["status"], "unverified");
}

#[tokio::test]
async fn sign_up_refuses_a_weak_password_and_a_taken_email_and_members_can_be_added() {
    let app = spawn_app().await;
    let res = app.sign_up("a@genk.be", "short", "A").await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "password");
    let res = app
        .sign_up("not-an-email", "long-enough-password", "A")
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "email");
    app.sign_up("a@genk.be", "long-enough-password", "A")
        .await
        .ok(201);
    app.sign_up("A@genk.be", "long-enough-password", "A")
        .await
        .problem(409);

    let genk = app.with_member("Stad Genk", 7).await;
    let res = app.sign_in("a@genk.be", "long-enough-password").await;
    let token = res.body["access_token"].as_str().unwrap().to_owned();
    genk.add_member(&token).await;
    let members = app
        .get(
            &format!("/api/v1/organisations/{}/members", genk.org),
            Some(&token),
        )
        .await;
    assert_eq!(members.ok(200).as_array().unwrap().len(), 2);
    let mine = app.get("/api/v1/organisations", Some(&token)).await;
    assert_eq!(mine.ok(200)["items"][0]["id"], genk.org.as_str());
    let me = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me.ok(200)["organisations"][0], genk.org.as_str());
}

#[tokio::test]
async fn questions_are_answered_and_published_without_the_asker() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let path = format!("{}/questions", call.path());
    let asked = call
        .ask(&genk.token, "Mogen we opleidingen financieren?")
        .await;
    let q = asked.ok(201)["id"].as_str().unwrap().to_owned();
    assert_eq!(
        app.get(&path, None).await.ok(200)["total"],
        0,
        "not published yet"
    );
    let other = app.applicant().await;
    assert_eq!(app.get(&path, Some(&other)).await.ok(200)["total"], 0);
    assert_eq!(
        app.get(&path, Some(&genk.token)).await.ok(200)["total"],
        1,
        "the asker sees it"
    );

    let answered = call
        .answer(
            &q,
            json!({"answer": "Ja, binnen het project.", "publish": true}),
        )
        .await;
    assert_eq!(answered.ok(200)["published"], true);
    let public = app.get(&path, None).await;
    let item = &public.ok(200)["items"][0];
    assert_eq!(item["answer"], "Ja, binnen het project.");
    assert!(
        item.get("asked_by").is_none(),
        "published without the asker: {item}"
    );
    let seen_by_other = app.get(&path, Some(&other)).await;
    assert!(seen_by_other.ok(200)["items"][0].get("asked_by").is_none());
}

// ---------------------------------------------------------------------------------------------
// The audit trail, listings, wrong types, digests, limits, outsiders on drafts, the deadline on
// edits, the seed Q&A, the schema's enumerations and the password policy's upper bound.

/// Signs up over HTTP; returns the user's id and a token.
async fn signup(app: &TestApp, email: &str) -> (String, String) {
    let password = "a-long-applicant-password";
    let res = app.sign_up(email, password, "Aanvrager").await;
    let id = res.ok(201)["id"].as_str().unwrap().to_owned();
    let token = app.token(email, password).await;
    (id, token)
}

/// When an audit record was written.
fn at(record: &Value) -> chrono::DateTime<chrono::Utc> {
    record["at"].as_str().unwrap().parse().unwrap()
}

fn actions(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn every_step_of_an_application_is_in_the_audit_trail_with_actor_before_and_after() {
    let app = spawn_app().await;
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let (owner_id, owner) = signup(&app, "eigenaar@genk.be").await;
    let (colleague_id, colleague) = signup(&app, "collega@genk.be").await;
    let owner_actor = format!("user:{owner_id}");
    let org = app.organisation(&owner, "Stad Genk", &kbo(3)).await;
    let genk = Member {
        app: app.clone(),
        token: owner.clone(),
        org: org.clone(),
        kbo: kbo(3),
    };
    genk.add_member(&colleague).await;

    let draft = call
        .draft_by(
            &genk,
            json!({"organisation_id": org, "track": 1, "title": "Eerste versie"}),
        )
        .await;
    let id = draft.id.clone();
    draft.edit(complete_content()).await.ok(200);
    let annex = draft
        .upload("annex", "bijlage.pdf", TINY_PDF.to_vec())
        .await;
    let annex = annex.ok(201)["id"].as_str().unwrap().to_owned();
    draft
        .act(&format!("attachments/{annex}/detach"))
        .await
        .ok(200);
    draft.attach_form().await;
    let first = draft.submit().await.ok(201).clone();
    draft.revise().await.ok(200);
    app.set_time(brussels(2023, 8, 2, 9, 30, 0));
    let second = draft.submit().await.ok(201).clone();
    draft.withdraw().await.ok(200);
    let asked = call.ask(&owner, "Mogen we opleidingen financieren?").await;
    let question = asked.ok(201)["id"].as_str().unwrap().to_owned();
    call.answer(
        &question,
        json!({"answer": "Ja, binnen het project.", "publish": true}),
    )
    .await
    .ok(200);
    let admin_id = app.get("/api/v1/me", Some(&call.admin)).await.ok(200)["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let auditor = app.login(Role::Auditor).await;

    // sign-up
    let user = app.audit_of(&auditor, "user", &owner_id).await;
    assert_eq!(actions(&user), ["user.signup"]);
    assert_eq!(user[0]["actor"], owner_actor.as_str());
    assert!(user[0]["before"].is_null());
    assert_eq!(user[0]["after"]["email"], "eigenaar@genk.be");
    assert_eq!(user[0]["after"]["role"], "applicant");

    // the organisation, the invitation and the colleague's joining (by their own consent)
    let organisation = app.audit_of(&auditor, "organisation", &org).await;
    assert_eq!(
        actions(&organisation),
        [
            "organisation.create",
            "organisation.invite",
            "organisation.join"
        ]
    );
    for r in &organisation {
        assert!(r["before"].is_null(), "{r}");
    }
    assert_eq!(organisation[0]["actor"], owner_actor.as_str());
    assert_eq!(organisation[1]["actor"], owner_actor.as_str());
    assert_eq!(
        organisation[2]["actor"],
        format!("user:{colleague_id}").as_str()
    );
    assert_eq!(organisation[0]["after"]["name"], "Stad Genk");
    assert_eq!(organisation[0]["after"]["kbo"], kbo(3));
    assert_eq!(organisation[1]["after"]["email"], "collega@genk.be");
    assert_eq!(organisation[2]["after"]["user_id"], colleague_id.as_str());
    assert_eq!(organisation[2]["after"]["email"], "collega@genk.be");
    assert_eq!(
        organisation[2]["after"]["invitation_id"],
        organisation[1]["after"]["invitation_id"]
    );

    // the application, step by step
    let trail = app.audit_of(&auditor, "application", &id).await;
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
    assert_eq!(at(submit1), brussels(2023, 8, 1, 12, 0, 0));
    assert_eq!(revise["before"]["status"], "submitted");
    assert_eq!(revise["after"]["status"], "draft");
    assert_eq!(submit2["after"]["receipt"], second["number"]);
    assert_ne!(first["number"], second["number"]);
    assert_eq!(at(submit2), brussels(2023, 8, 2, 9, 30, 0));
    assert_eq!(withdraw["before"]["status"], "submitted");
    assert_eq!(withdraw["after"]["status"], "withdrawn");

    // the question, asked by the applicant and answered by an admin
    let qa = app.audit_of(&auditor, "question", &question).await;
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
    let by_owner = app
        .get(
            &format!("/api/v1/audit?actor={owner_actor}&target_type=application&per_page=100"),
            Some(&auditor),
        )
        .await;
    assert_eq!(by_owner.ok(200)["total"], trail.len());
    let verified = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(verified.ok(200)["intact"], true, "{}", verified.text);
}

#[tokio::test]
async fn listings_filter_by_track_and_organisation_paginate_and_hide_other_organisations() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let aalst = app.with_member("Stad Aalst", 2).await;
    for (member, track, title) in [
        (&genk, 1, "A1"),
        (&genk, 2, "A2"),
        (&genk, 2, "A3"),
        (&aalst, 1, "B1"),
        (&aalst, 3, "B2"),
    ] {
        call.draft_by(
            member,
            json!({"organisation_id": member.org, "track": track, "title": title}),
        )
        .await;
    }
    let list = |token: &str, query: &str| {
        let app = &app;
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
    let admin = call.admin.clone();
    let (call, other, other_org) = (&call.id, &aalst.token, &aalst.org);
    let auditor = app.login(Role::Auditor).await;

    // track
    for staff in [&admin, &auditor] {
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
    for staff in [&admin, &auditor] {
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
            &format!("call_id={call}&organisation_id={}&track=2", genk.org),
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
    let page = list(&genk.token, "").await;
    assert_eq!(page["total"], 3);
    assert_eq!(titles(&page), ["A1", "A2", "A3"]);
    let page = list(&genk.token, &format!("call_id={call}&track=1")).await;
    assert_eq!(titles(&page), ["A1"]);
    let page = list(&genk.token, &format!("organisation_id={other_org}")).await;
    assert_eq!(page["total"], 0);
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
    let page = list(&genk.token, &format!("call_id={call}&per_page=2&page=2")).await;
    assert_eq!(page["total"], 3);
    assert_eq!(titles(&page).len(), 1);
    assert!(titles(&page)[0].starts_with('A'));
    let page = list(other, &format!("call_id={call}")).await;
    assert_eq!(titles(&page), ["B1", "B2"]);
}

#[tokio::test]
async fn wrong_json_types_and_unknown_nested_fields_are_422_problems_naming_the_field() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
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
        let mut body = complete_application(&genk.org);
        break_it(&mut body);
        let res = call.create_draft(&genk.token, body).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], *field, "create, {what}: {p}");
        assert_eq!(p["errors"][0]["code"], *code, "create, {what}: {p}");

        let mut content = complete_content();
        break_it(&mut content);
        let res = draft.edit(content).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], *field, "edit, {what}: {p}");
        assert_eq!(p["errors"][0]["code"], *code, "edit, {what}: {p}");
    }
    // nothing was created or changed
    let mine = app.get("/api/v1/applications", Some(&genk.token)).await;
    assert_eq!(mine.ok(200)["total"], 1);
    let read = draft.read().await;
    assert_eq!(read.ok(200)["requested_amount"], "25000.50");
    assert_eq!(read.body["updated_at"], read.body["created_at"]);
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
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    // a PDF of its own, so that its digest is not any other test's
    let mut bytes = TINY_PDF.to_vec();
    bytes.extend_from_slice(format!("% {}\n", uuid::Uuid::new_v4()).as_bytes());
    let expected = sha256_hex(&bytes);

    let res = draft
        .upload("application_form", "Aanvraag.pdf", bytes.clone())
        .await;
    let attachment = res.ok(201).clone();
    assert_eq!(attachment["sha256"], expected.as_str());
    assert_eq!(attachment["size_bytes"], bytes.len());

    let res = app
        .get_raw(attachment["href"].as_str().unwrap(), &genk.token)
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()["digest"],
        format!("sha-256={expected}").as_str()
    );
    let body = res.bytes().await.unwrap();
    assert_eq!(body.as_ref(), bytes.as_slice());
    assert_eq!(sha256_hex(&body), expected);

    // content-addressed: <blob dir>/ab/cd/abcd…, holding exactly the bytes
    let blob = app
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
    let files = count_files(app.blob_dir.path());
    let again = draft.upload("annex", "kopie.pdf", bytes.clone()).await;
    assert_eq!(again.ok(201)["sha256"], expected.as_str());
    assert_ne!(again.body["id"], attachment["id"]);
    assert_eq!(count_files(app.blob_dir.path()), files);
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
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let files = count_files(app.blob_dir.path());
    let boundary = "grantdesk-test-boundary";
    let head = format!(
        "POST {}/attachments HTTP/1.1\r\n\
         Authorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\n",
        draft.path(),
        genk.token
    );
    let start = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannex\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    );
    // 20 MiB announced (the test server's limit is 256 KiB), a few bytes sent
    let base = app.base.clone();
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
    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(app.blob_dir.path()), files);
}

#[tokio::test]
async fn another_organisation_gets_404_on_every_read_and_write_of_a_draft() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let attachment = draft.attach_form().await["id"].as_str().unwrap().to_owned();

    let outsider = app.with_member("Stad Aalst", 2).await.token;
    app.get(&draft.path(), Some(&outsider)).await.problem(404);
    app.get(
        &format!("{}/attachments/{attachment}", draft.path()),
        Some(&outsider),
    )
    .await
    .problem(404);
    let mut content = complete_content();
    content["title"] = json!("mine now");
    app.put(&draft.path(), Some(&outsider), content)
        .await
        .problem(404);
    app.upload(&outsider, &draft.id, "annex", "x.pdf", TINY_PDF.to_vec())
        .await
        .problem(404);
    for action in [
        format!("attachments/{attachment}/detach"),
        "submit".to_owned(),
        "revise".to_owned(),
        "withdraw".to_owned(),
    ] {
        let res = app
            .post(
                &format!("{}/{action}", draft.path()),
                Some(&outsider),
                json!({}),
            )
            .await;
        let p = res.problem(404);
        assert!(
            !p.to_string().contains(&genk.org),
            "{action}: nothing of the application shows: {p}"
        );
    }

    // the draft is as it was
    let after = draft.read().await;
    let after = after.ok(200);
    assert_eq!(after["status"], "draft");
    assert_eq!(after["title"], draft.created["title"]);
    assert_eq!(after["attachments"].as_array().unwrap().len(), 1);
    assert!(after["latest_receipt"].is_null());
}

#[tokio::test]
async fn after_the_deadline_a_draft_can_be_neither_edited_nor_given_attachments() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    let before = draft.read().await.ok(200).clone();
    let attachment = before["attachments"][0]["id"].as_str().unwrap().to_owned();
    let files = count_files(app.blob_dir.path());

    // one millisecond before: still allowed (and undone, to compare afterwards)
    app.set_time(deadline() - chrono::Duration::milliseconds(1));
    draft.edit(complete_content()).await.ok(200);

    app.set_time(deadline());
    let mut changed = complete_content();
    changed["title"] = json!("te laat");
    let refusals = [
        draft.edit(changed).await,
        draft.upload("annex", "laat.pdf", TINY_PDF.to_vec()).await,
        draft.act(&format!("attachments/{attachment}/detach")).await,
    ];
    for res in &refusals {
        refused_for_the_deadline(res);
    }
    let after = draft.read().await;
    let after = after.ok(200);
    assert_eq!(after["title"], before["title"]);
    assert_eq!(after["attachments"], before["attachments"]);
    assert_eq!(count_files(app.blob_dir.path()), files, "nothing stored");
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
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let (question, answer) = seed_question_and_answer();
    // what is stored is the text without surrounding blanks, and nothing else changed
    let (question_text, answer_text) = (question.trim(), answer.trim());
    assert!(question_text.chars().count() > 3000 && answer_text.chars().count() > 7000);
    assert!(question_text.contains("Syriëstrijders") && answer_text.contains("‘Handvatten"));

    let path = format!("{}/questions", call.path());
    let asked = call.ask(&genk.token, question).await;
    let asked = asked.ok(201).clone();
    assert_eq!(asked["question"], question_text);
    let id = asked["id"].as_str().unwrap().to_owned();
    let answered = call.answer(&id, json!({"answer": answer})).await;
    let answered = answered.ok(200).clone();
    assert_eq!(answered["answer"], answer_text);
    assert_eq!(answered["published"], true, "published by default");

    let other = app.applicant().await;
    for (who, token) in [
        ("anyone", None),
        ("another applicant", Some(other.as_str())),
    ] {
        let page = app.get(&path, token).await;
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
    let staff = app.get(&path, Some(&call.admin)).await;
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
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let draft = call.draft_lacking_the_form_by(&genk).await.created;
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
    let res = app.sign_up("lang@genk.be", &"x".repeat(257), "Lang").await;
    let p = res.problem(422);
    assert_eq!(p["errors"][0]["field"], "password", "{p}");
    assert!(p.to_string().contains("256"), "{p}");
    // counted in characters, not bytes: 256 of "é" (512 bytes) is exactly the maximum
    let at_most = "é".repeat(256);
    app.sign_up("lang@genk.be", &at_most, "Lang").await.ok(201);
    let token = app.sign_in("lang@genk.be", &"é".repeat(256)).await;
    token.ok(200);
}

#[tokio::test]
async fn a_drafts_budget_lines_are_replaced_on_their_own_with_an_exact_sum_under_the_cap() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    let path = format!("{}/budget-lines", draft.path());
    let lines = |amounts: &[&str]| {
        json!({"budget_lines": amounts.iter().map(|a| json!({
            "category": "operating", "description": "Verplaatsingen", "amount": a
        })).collect::<Vec<_>>()})
    };
    let res = app
        .put(&path, Some(&genk.token), lines(&["0.10", "0.20"]))
        .await;
    let got = res.ok(200);
    assert_eq!(got["requested_amount"], "0.30");
    assert_eq!(got["budget_lines"].as_array().unwrap().len(), 2);
    // the rest of the content is untouched
    assert_eq!(got["title"], "Expertenpool Limburg");
    assert_eq!(got["contact"]["name"], "Jan Peeters");

    // one cent over the call's cap (60,000.00): refused, nothing changed
    let res = app
        .put(&path, Some(&genk.token), lines(&["59999.99", "0.02"]))
        .await;
    res.problem(422);
    let res = draft.read().await;
    assert_eq!(res.ok(200)["requested_amount"], "0.30");
    // money as a JSON number is refused
    let res = app
        .put(
            &path,
            Some(&genk.token),
            json!({"budget_lines": [{"category": "operating", "description": "x", "amount": 1.5}]}),
        )
        .await;
    res.problem(422);

    // a submitted application's lines are frozen
    draft.submit().await.ok(201);
    let res = app.put(&path, Some(&genk.token), lines(&["100.00"])).await;
    res.problem(409);
}
