//! The audit trail is a verifiable log (issue #16): every entry is sealed into a Merkle tree
//! within a second of its commit, with a signed checkpoint; tampering with one stored entry or
//! one tree hash makes `audit verify` (API and command line) name it; inclusion and consistency
//! proofs verify, also with the standard-library script in `tools/`.

mod common;

use std::time::Duration;

use common::*;
use diesel::connection::SimpleConnection;
use grantdesk_api::auth::Role;
use grantdesk_domain::checkpoint::{Checkpoint, VerifierKey};
use grantdesk_domain::merkle;
use serde_json::{json, Value};

/// Turns off the append-only guards, as someone with direct database access could.
fn disable_guards(conn: &mut grantdesk_persistence::DbConn) {
    let sql = if on_postgres() {
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard; \
         ALTER TABLE log_nodes DISABLE TRIGGER log_nodes_guard; \
         ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_guard;"
    } else {
        "DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete; \
         DROP TRIGGER log_nodes_is_append_only_update; DROP TRIGGER log_leaves_is_append_only_delete;"
    };
    conn.batch_execute(sql).unwrap();
}

async fn trail(app: &TestApp) -> String {
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("AUD23")).await;
    app.approve(&admin, &id).await;
    app.login(Role::Auditor).await
}

/// Waits until every audit entry is sealed; answers the latest checkpoint.
async fn sealed(app: &TestApp, token: &str) -> Value {
    for _ in 0..250 {
        let total = app
            .get("/api/v1/audit?per_page=1", Some(token))
            .await
            .ok(200)["total"]
            .as_u64()
            .unwrap();
        let cp = app.get("/api/v1/log/checkpoint", Some(token)).await;
        if cp.status == 200 && cp.body["tree_size"].as_u64() == Some(total) {
            return cp.body;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the audit log was not sealed within 5 s");
}

fn verifier() -> VerifierKey {
    log_key().verifier_key().parse().unwrap()
}

fn hash(hex: &Value) -> merkle::Hash {
    merkle::from_hex(hex.as_str().unwrap()).unwrap()
}

fn cli_verify(app: &TestApp) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_grantdesk"))
        .args(["audit", "verify"])
        .env("DATABASE_URL", &app.database_url)
        .env("GRANTDESK_LOG_VERIFIER_KEY", log_key().verifier_key())
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[tokio::test]
async fn entries_are_sealed_under_a_signed_checkpoint_and_an_edited_entry_is_named() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    let cp = sealed(&app, &auditor).await;
    // the checkpoint is a signed note by the log's key, for the tree it states
    let opened = Checkpoint::open(cp["note"].as_str().unwrap(), &verifier()).unwrap();
    assert_eq!(opened.origin, LOG_ORIGIN);
    assert_eq!(Some(opened.size), cp["tree_size"].as_u64());
    assert_eq!(opened.root, hash(&cp["root_hash"]));
    assert_eq!(cp["verifier_key"], log_key().verifier_key());

    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200).clone();
    assert_eq!(v["intact"], true, "{v}");
    let entries = v["log"]["entries"].as_u64().unwrap();
    assert!(entries >= 6, "users, the call and its gates: {entries}");
    assert!(v["log"]["checkpoints"].as_u64().unwrap() >= 1);
    assert_eq!(v["checked"], 0, "a new database has no hash chain");
    let (code, out) = cli_verify(&app);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains(&format!("audit log intact: {entries} entries")),
        "{out}"
    );

    // someone with database access changes the third entry
    let third = app
        .get("/api/v1/log/entries?per_page=3", Some(&auditor))
        .await;
    let third_id = third.ok(200)["items"][2]["entry_id"]
        .as_str()
        .unwrap()
        .to_owned();
    {
        let mut conn = app.db.conn().unwrap();
        disable_guards(&mut conn);
        conn.batch_execute(&format!(
            "UPDATE audit_log SET actor = 'someone else' WHERE id = '{third_id}';"
        ))
        .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200);
    assert_eq!(v["intact"], false);
    assert_eq!(v["log"]["first_bad"]["kind"], "entry");
    assert_eq!(v["log"]["first_bad"]["at"], "2");
    assert_eq!(v["log"]["first_bad"]["entry_id"], third_id.as_str());
    assert_eq!(v["log"]["entries"], 2, "the entries before it hold");

    // the command line says the same and exits 1
    let (code, out) = cli_verify(&app);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&third_id) && out.contains("entry 2"), "{out}");
}

#[tokio::test]
async fn a_changed_tree_hash_and_a_removed_entry_are_named() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    sealed(&app, &auditor).await;
    {
        let mut conn = app.db.conn().unwrap();
        disable_guards(&mut conn);
        // the hash over leaves 0 and 1, replaced
        let blob = if on_postgres() {
            "'\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea"
        } else {
            "zeroblob(32)"
        };
        conn.batch_execute(&format!(
            "UPDATE log_nodes SET hash = {blob} WHERE level = 1 AND idx = 0;"
        ))
        .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200);
    assert_eq!(v["intact"], false);
    assert_eq!(v["log"]["first_bad"]["kind"], "node", "{v}");
    assert_eq!(v["log"]["first_bad"]["at"], "1/0");

    let app = spawn_app().await;
    let auditor = trail(&app).await;
    sealed(&app, &auditor).await;
    {
        let mut conn = app.db.conn().unwrap();
        disable_guards(&mut conn);
        conn.batch_execute("DELETE FROM log_leaves WHERE log_index = 3;")
            .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200);
    assert_eq!(v["log"]["first_bad"]["kind"], "entry", "{v}");
    assert!(
        v["log"]["first_bad"]["reason"]
            .as_str()
            .unwrap()
            .contains("entry 3 is missing"),
        "{v}"
    );
}

/// Creates `n` small calls (`<prefix>0`, `<prefix>1`, ...) in concurrent requests, each an
/// audited write; every one is created.
async fn create_calls_at_once(app: &TestApp, admin: &str, prefix: &str, n: usize) {
    let results = futures::future::join_all((0..n).map(|i| {
        let body = small_call(&format!("{prefix}{i}"), "SJ0-1SMC2GA-WT", "10.00");
        app.post("/api/v1/calls", Some(admin), body)
    }))
    .await;
    assert!(results.iter().all(|r| r.status.as_u16() == 201));
}

#[tokio::test]
async fn concurrent_writers_are_all_sealed_each_once() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    create_calls_at_once(&app, &admin, "CC", 30).await;
    let auditor = app.login(Role::Auditor).await;
    let cp = sealed(&app, &auditor).await;
    let size = cp["tree_size"].as_u64().unwrap();
    // every entry once: as many distinct entries as the tree has leaves
    let page = app
        .get("/api/v1/log/entries?per_page=100", Some(&auditor))
        .await;
    let items = page.ok(200)["items"].as_array().unwrap().clone();
    assert_eq!(items.len() as u64, size);
    let distinct: std::collections::BTreeSet<&str> = items
        .iter()
        .map(|e| e["entry_id"].as_str().unwrap())
        .collect();
    assert_eq!(distinct.len() as u64, size);
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(v.ok(200)["intact"], true, "{}", v.text);
}

/// The full check reads the leaves, the tree hashes and the checkpoints in one snapshot: run
/// while writers commit and the sequencer seals and signs (every 20 ms here), it never finds a
/// checkpoint ahead of the leaves it read a moment before. Observed on PostgreSQL, where a
/// `READ COMMITTED` check once read 31 leaves and then a checkpoint of 32 ("it covers 32 entries
/// but only 31 are sealed") while nothing was wrong.
#[tokio::test]
async fn the_full_check_while_the_log_grows_sees_one_consistent_log() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let auditor = app.login(Role::Auditor).await;
    let writers = async {
        for round in 0..8 {
            create_calls_at_once(&app, &admin, &format!("GR{round}X"), 8).await;
        }
    };
    let checks = async {
        let mut verified = 0;
        for _ in 0..40 {
            let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
            assert_eq!(v.ok(200)["intact"], true, "{}", v.text);
            verified += 1;
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        verified
    };
    let ((), verified) = tokio::join!(writers, checks);
    assert_eq!(verified, 40);
    // and the command line's check, on the same database afterwards
    let (code, out) = cli_verify(&app);
    assert_eq!(code, Some(0), "{out}");
}

#[tokio::test]
async fn inclusion_and_consistency_proofs_verify_and_wrong_ones_do_not() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    let first = sealed(&app, &auditor).await;
    let first_size = first["tree_size"].as_u64().unwrap();
    // more entries, a later checkpoint
    let admin = app.login(Role::Admin).await;
    app.draft_call(&admin, reference_call("AUD24")).await;
    let second = sealed(&app, &auditor).await;
    let second_size = second["tree_size"].as_u64().unwrap();
    assert!(second_size > first_size);

    // an entry of the first tree, proved in the second
    let p = app
        .get("/api/v1/log/proofs/inclusion?index=1", Some(&auditor))
        .await;
    let p = p.ok(200).clone();
    assert_eq!(p["tree_size"].as_u64(), Some(second_size));
    let leaf = merkle::leaf_hash(&base64_decode(p["entry"]["leaf"].as_str().unwrap()));
    assert_eq!(merkle::to_hex(&leaf), p["entry"]["leaf_hash"]);
    let proof: Vec<merkle::Hash> = p["proof"].as_array().unwrap().iter().map(hash).collect();
    let root = hash(&second["root_hash"]);
    assert!(merkle::verify_inclusion(
        &leaf,
        1,
        second_size,
        &proof,
        &root
    ));
    assert!(!merkle::verify_inclusion(
        &leaf,
        2,
        second_size,
        &proof,
        &root
    ));

    // the same entry by its audit id, in the first tree's checkpoint
    let id = p["entry"]["entry_id"].as_str().unwrap();
    let q = app
        .get(
            &format!("/api/v1/log/proofs/inclusion?entry_id={id}&tree_size={first_size}"),
            Some(&auditor),
        )
        .await;
    let q = q.ok(200);
    let proof: Vec<merkle::Hash> = q["proof"].as_array().unwrap().iter().map(hash).collect();
    assert!(merkle::verify_inclusion(
        &leaf,
        1,
        first_size,
        &proof,
        &hash(&first["root_hash"])
    ));

    // the second tree extends the first (any signed-in user may ask)
    let applicant = app.login(Role::Applicant).await;
    let third = sealed(&app, &auditor).await;
    let c = app
        .get(
            &format!("/api/v1/log/proofs/consistency?first={first_size}&second={second_size}"),
            Some(&applicant),
        )
        .await;
    let c = c.ok(200);
    let proof: Vec<merkle::Hash> = c["proof"].as_array().unwrap().iter().map(hash).collect();
    assert!(merkle::verify_consistency(
        first_size,
        second_size,
        &hash(&first["root_hash"]),
        &hash(&second["root_hash"]),
        &proof
    ));
    assert_eq!(c["first_checkpoint"]["root_hash"], first["root_hash"]);
    // the same proof does not hold for another older root
    assert!(!merkle::verify_consistency(
        first_size,
        second_size,
        &[0u8; 32],
        &hash(&second["root_hash"]),
        &proof
    ));

    // out of range and malformed requests are 4xx problems
    let too_big = third["tree_size"].as_u64().unwrap() + 1;
    let bad = app
        .get(
            &format!("/api/v1/log/proofs/consistency?first=1&second={too_big}"),
            Some(&applicant),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    let bad = app
        .get("/api/v1/log/proofs/consistency?first=0", Some(&applicant))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    let bad = app
        .get("/api/v1/log/proofs/inclusion", Some(&auditor))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    let bad = app
        .get(
            "/api/v1/log/proofs/inclusion?entry_id=6f1c5f6a-0000-4000-8000-000000000000",
            Some(&auditor),
        )
        .await;
    assert_eq!(bad.status, 404, "{}", bad.text);
    // entries and inclusion proofs are the auditors' and admins'
    let forbidden = app
        .get("/api/v1/log/proofs/inclusion?index=0", Some(&applicant))
        .await;
    assert_eq!(forbidden.status, 403);
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

#[tokio::test]
async fn the_standard_library_script_verifies_an_inclusion_proof_and_refuses_a_wrong_one() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    sealed(&app, &auditor).await;
    let p = app
        .get("/api/v1/log/proofs/inclusion?index=2", Some(&auditor))
        .await;
    let p = p.ok(200).clone();
    let dir = tempfile::tempdir().unwrap();
    let run = |proof: &Value, key: &str| {
        let file = dir.path().join("proof.json");
        std::fs::write(&file, proof.to_string()).unwrap();
        let out = std::process::Command::new("python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tools/verify_inclusion.py"
            ))
            .arg(&file)
            .args(["--verifier-key", key])
            .output()
            .expect("python3");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let key = log_key().verifier_key();
    let (code, out) = run(&p, &key);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("verified: entry"), "{out}");

    // a changed audit path
    let mut wrong = p.clone();
    if let Some(first) = wrong["proof"].get_mut(0) {
        *first = json!("00".repeat(32));
    }
    let (code, out) = run(&wrong, &key);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("does not lead to the checkpoint's root"),
        "{out}"
    );
    // a changed leaf
    let mut wrong = p.clone();
    wrong["entry"]["leaf"] = json!("AAAA");
    let (code, out) = run(&wrong, &key);
    assert_eq!(code, Some(1), "{out}");
    // a checkpoint whose size was changed breaks its signature
    let mut wrong = p.clone();
    let size = p["tree_size"].as_u64().unwrap();
    let note = p["checkpoint"]["note"].as_str().unwrap().replacen(
        &format!("\n{size}\n"),
        &format!("\n{}\n", size + 1),
        1,
    );
    wrong["checkpoint"]["note"] = json!(note);
    let (code, out) = run(&wrong, &key);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("signature does not verify"), "{out}");
    // another log's key
    let other = grantdesk_domain::checkpoint::LogKey::from_seed(LOG_ORIGIN, [9; 32]).unwrap();
    let (code, out) = run(&p, &other.verifier_key());
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("no signature by this key"), "{out}");
}

#[tokio::test]
async fn personal_data_stays_out_of_the_sealed_leaf_and_is_read_back_from_its_own_table() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let created = app
        .post(
            "/api/v1/users",
            Some(&admin),
            json!({"email": "an.peeters@example.be", "role": "reviewer",
                   "password": "correct horse battery staple 42", "display_name": "An Peeters"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let auditor = app.login(Role::Auditor).await;
    sealed(&app, &auditor).await;
    let listed = app
        .get(
            "/api/v1/audit?action=user.create&per_page=100",
            Some(&auditor),
        )
        .await;
    let listed = listed.ok(200).clone();
    let entry = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e.to_string().contains("an.peeters@example.be"))
        .unwrap_or_else(|| panic!("the address is read back: {listed}"))
        .clone();
    let id = entry["id"].as_str().unwrap();
    let p = app
        .get(
            &format!("/api/v1/log/proofs/inclusion?entry_id={id}"),
            Some(&auditor),
        )
        .await;
    let leaf =
        String::from_utf8(base64_decode(p.ok(200)["entry"]["leaf"].as_str().unwrap())).unwrap();
    assert!(!leaf.contains("an.peeters"), "{leaf}");
    assert!(leaf.contains("[personal]"), "{leaf}");
}

#[tokio::test]
async fn a_receipt_names_its_log_entry_and_its_applicant_gets_a_proof_the_script_verifies() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.complete_draft_by(&genk).await;
    let receipt = draft.submit().await;
    let receipt = receipt.ok(201).clone();
    let number = receipt["number"].as_str().unwrap().to_owned();
    let entry_id = receipt["log_entry_id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/applications/{}/receipts/{number}/proof", draft.id);

    // sealed within a second of its commit
    let mut proof = None;
    for _ in 0..50 {
        let res = app.get(&path, Some(&genk.token)).await;
        if res.status == 200 {
            proof = Some(res.body);
            break;
        }
        assert_eq!(res.status, 409, "{}", res.text);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let proof = proof.expect("the receipt's entry was sealed within a second");
    assert_eq!(proof["entry"]["entry_id"], entry_id.as_str());
    assert_eq!(proof["entry"]["action"], "application.submit");
    // the leaf holds what the receipt proves: its number, instant and digest
    let leaf = String::from_utf8(base64_decode(proof["entry"]["leaf"].as_str().unwrap())).unwrap();
    assert!(leaf.contains(&number), "{leaf}");
    assert!(leaf.contains(receipt["digest"].as_str().unwrap()), "{leaf}");
    let opened =
        Checkpoint::open(proof["checkpoint"]["note"].as_str().unwrap(), &verifier()).unwrap();
    let leaf_hash = hash(&proof["entry"]["leaf_hash"]);
    let path_hashes: Vec<merkle::Hash> = proof["proof"]
        .as_array()
        .unwrap()
        .iter()
        .map(hash)
        .collect();
    assert!(merkle::verify_inclusion(
        &leaf_hash,
        proof["entry"]["index"].as_u64().unwrap(),
        opened.size,
        &path_hashes,
        &opened.root
    ));
    // the applicant's auditor can check it with the standard library alone
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("receipt-proof.json");
    std::fs::write(&file, proof.to_string()).unwrap();
    let out = std::process::Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tools/verify_inclusion.py"
        ))
        .arg(&file)
        .args(["--verifier-key", &log_key().verifier_key()])
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // another organisation's applicant sees neither the receipt nor its proof
    let other = app.with_member("Stad Hasselt", 2).await;
    assert_eq!(app.get(&path, Some(&other.token)).await.status, 404);
    // staff who read applications get it too; a number that is not a receipt is a 404
    let auditor = app.login(Role::Auditor).await;
    assert_eq!(app.get(&path, Some(&auditor)).await.status, 200);
    let missing = format!(
        "/api/v1/applications/{}/receipts/EXP23-9999/proof",
        draft.id
    );
    assert_eq!(app.get(&missing, Some(&genk.token)).await.status, 404);
}

#[tokio::test]
async fn erasing_a_persons_data_leaves_every_entry_sealed_and_every_proof_valid() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let created = app
        .post(
            "/api/v1/users",
            Some(&admin),
            json!({"email": "an.peeters@example.be", "role": "reviewer",
                   "password": "correct horse battery staple 42", "display_name": "An Peeters"}),
        )
        .await;
    let user = created.ok(201)["id"].as_str().unwrap().to_owned();
    let auditor = app.login(Role::Auditor).await;
    let before = sealed(&app, &auditor).await;
    let listed = app
        .get(
            "/api/v1/audit?action=user.create&per_page=100",
            Some(&auditor),
        )
        .await;
    let entry = listed.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["target_id"] == user.as_str())
        .unwrap()
        .clone();
    assert_eq!(entry["after"]["email"], "an.peeters@example.be");
    let entry_id = entry["id"].as_str().unwrap().to_owned();
    let proof_path = format!("/api/v1/log/proofs/inclusion?entry_id={entry_id}");
    let leaf_before =
        app.get(&proof_path, Some(&auditor)).await.ok(200)["entry"]["leaf_hash"].clone();

    // bad requests change nothing
    let blank = app
        .post(
            &format!("/api/v1/users/{user}/erasure"),
            Some(&admin),
            json!({"reason": "  "}),
        )
        .await;
    assert_eq!(blank.problem(422)["errors"][0]["field"], "reason");
    let nobody = app
        .post(
            "/api/v1/users/6f1c5f6a-0000-4000-8000-000000000000/erasure",
            Some(&admin),
            json!({"reason": "Verzoek AVG-1"}),
        )
        .await;
    assert_eq!(nobody.status, 404);

    let erased = app
        .post(
            &format!("/api/v1/users/{user}/erasure"),
            Some(&admin),
            json!({"reason": "Verzoek van de betrokkene (ref. AVG-2026-041); geen bewaarplicht."}),
        )
        .await;
    let erased = erased.ok(200).clone();
    assert!(erased["entries_erased"].as_u64().unwrap() >= 1, "{erased}");

    // the values and their salts are gone from the database; reading shows where they were
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let left = {
        use diesel::RunQueryDsl;
        let mut conn = app.db.conn().unwrap();
        diesel::sql_query(
            "SELECT COUNT(*) AS n FROM personal_data WHERE content LIKE '%an.peeters%' \
             OR content LIKE '%An Peeters%'",
        )
        .get_result::<N>(&mut **conn)
        .unwrap()
        .n
    };
    assert_eq!(left, 0);
    let listed = app
        .get(
            "/api/v1/audit?action=user.create&per_page=100",
            Some(&auditor),
        )
        .await;
    let listed = listed.ok(200).clone();
    assert!(!listed.to_string().contains("an.peeters"), "{listed}");
    let after = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == entry_id.as_str())
        .unwrap();
    assert_eq!(after["after"]["email"], "[erased]");
    assert_eq!(after["after"]["display_name"], "[erased]");
    assert_eq!(after["after"]["role"], "reviewer", "the facts stay");
    let logged = app
        .get("/api/v1/audit?action=personal_data.erase", Some(&auditor))
        .await;
    assert_eq!(logged.ok(200)["total"], 1);

    // the log is untouched: it verifies, the entry's leaf is the same, proofs still hold
    let now = sealed(&app, &auditor).await;
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(v.ok(200)["intact"], true, "{}", v.text);
    let p = app.get(&proof_path, Some(&auditor)).await;
    let p = p.ok(200).clone();
    assert_eq!(p["entry"]["leaf_hash"], leaf_before);
    let path: Vec<merkle::Hash> = p["proof"].as_array().unwrap().iter().map(hash).collect();
    assert!(merkle::verify_inclusion(
        &hash(&leaf_before),
        p["entry"]["index"].as_u64().unwrap(),
        now["tree_size"].as_u64().unwrap(),
        &path,
        &hash(&now["root_hash"])
    ));
    let c = app
        .get(
            &format!(
                "/api/v1/log/proofs/consistency?first={}&second={}",
                before["tree_size"], now["tree_size"]
            ),
            Some(&auditor),
        )
        .await;
    let c = c.ok(200);
    let path: Vec<merkle::Hash> = c["proof"].as_array().unwrap().iter().map(hash).collect();
    assert!(merkle::verify_consistency(
        before["tree_size"].as_u64().unwrap(),
        now["tree_size"].as_u64().unwrap(),
        &hash(&before["root_hash"]),
        &hash(&now["root_hash"]),
        &path
    ));
    let (code, out) = cli_verify(&app);
    assert_eq!(code, Some(0), "{out}");
}

/// Under load the tree grows at every sealing; checkpoints are spaced by the checkpoint
/// interval: a sequencer seals what waits at once but signs only when its last checkpoint is
/// that old, and a forced round (or another process) signs the tail sealed in between.
#[tokio::test]
async fn checkpoints_are_spaced_while_every_entry_is_sealed_at_once() {
    use grantdesk_api::services::log::Sequencer;
    let (url, _guard) = fresh_database();
    let db = grantdesk::startup::open_database(&url, 2).unwrap();
    let now = default_start();
    let clock: std::sync::Arc<dyn grantdesk_domain::Clock> =
        std::sync::Arc::new(grantdesk_domain::FixedClock::new(now));
    let write = |n: usize| {
        db.write(move |c| {
            for i in 0..n {
                grantdesk_persistence::audit::record(
                    c,
                    "user:1",
                    "call.update",
                    ("call", &format!("c{i}")),
                    None,
                    Some(json!({"i": i})),
                    now,
                )?;
            }
            Ok::<(), grantdesk_persistence::StoreError>(())
        })
        .unwrap()
    };
    let checkpoints = || {
        db.read(|c| grantdesk_persistence::log::checkpoints(c, (0, 100)))
            .unwrap()
            .0
            .iter()
            .map(|c| c.tree_size)
            .collect::<Vec<_>>()
    };
    let spaced = Sequencer::new(
        db.clone(),
        clock.clone(),
        log_key(),
        Duration::from_millis(20),
        Duration::from_secs(3600),
    );
    write(3);
    assert_eq!(spaced.seal_all().unwrap(), 3);
    assert_eq!(checkpoints(), [3], "the first sealing signs");
    write(2);
    assert_eq!(spaced.seal_all().unwrap(), 2, "sealed at once");
    assert_eq!(checkpoints(), [3], "but not signed before the interval");
    let work = db.read(grantdesk_persistence::log::work).unwrap();
    assert!(!work.pending && work.unsigned, "{work:?}");
    // another process, whose last checkpoint is old enough, signs the tail without sealing
    let other = Sequencer::new(
        db.clone(),
        clock.clone(),
        log_key(),
        Duration::from_millis(20),
        Duration::ZERO,
    );
    assert_eq!(other.seal_all().unwrap(), 0);
    assert_eq!(checkpoints(), [3, 5]);
    write(1);
    spaced.seal_all().unwrap();
    assert_eq!(checkpoints(), [3, 5]);
    spaced.seal_and_sign().unwrap();
    assert_eq!(checkpoints(), [3, 5, 6], "a forced round signs");
    assert_eq!(spaced.seal_and_sign().unwrap(), 0);
    assert_eq!(checkpoints(), [3, 5, 6], "nothing new, nothing signed");
    let verified = db
        .read(|c| grantdesk_persistence::log::verify(c, &verifier()))
        .unwrap();
    assert!(verified.first_bad.is_none(), "{verified:?}");
    assert_eq!((verified.entries, verified.checkpoints), (6, 3));
}
