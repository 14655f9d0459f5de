//! The ledger over HTTP: idempotent transfers, refusals that stay refused, and concurrent
//! openings that can never overspend an article.

mod common;

use common::*;
use futures::future::join_all;
use grantdesk_api::auth::Role;
use grantdesk_domain::{AccountKind, BudgetArticle, BudgetYear, CreditType};
use grantdesk_persistence::ledger;
use serde_json::json;
use uuid::Uuid;

const ARTICLE: &str = "SJ0-1SMC2GA-WT";

/// Every account of the article's VAK ledger: running totals equal the sums of its posted
/// transfers, and debits equal credits over the ledger.
fn assert_totals_match_history(app: &TestApp, code: &str, year: i32) {
    let mut conn = app.db.conn().expect("conn");
    let ledger_id = ledger::ledger_id(
        &mut conn,
        &BudgetArticle::parse(code).unwrap(),
        BudgetYear::new(year).unwrap(),
        CreditType::Vak,
    )
    .expect("ledger");
    let (transfers, _) = ledger::list_transfers(
        &mut conn,
        &ledger::TransferFilter {
            ledger: Some(ledger_id),
            ..Default::default()
        },
        0,
        100_000,
    )
    .expect("transfers");
    let mut accounts: Vec<Uuid> = transfers
        .iter()
        .flat_map(|t| [t.debit_account_id, t.credit_account_id])
        .collect();
    accounts.sort();
    accounts.dedup();
    let (mut all_debits, mut all_credits) = (0i64, 0i64);
    for id in accounts {
        let account = ledger::account(&mut conn, id).expect("account");
        let (debits, credits) = ledger::recompute_posted(&mut conn, id).expect("sums");
        assert_eq!(
            account.totals.debits_posted, debits,
            "debits of {:?}",
            account.kind
        );
        assert_eq!(
            account.totals.credits_posted, credits,
            "credits of {:?}",
            account.kind
        );
        if account.must_not_overdraw {
            assert!(
                account.totals.available() >= 0,
                "{:?} overdrawn",
                account.kind
            );
        }
        all_debits += debits;
        all_credits += credits;
    }
    assert_eq!(
        all_debits, all_credits,
        "double entry: debits equal credits"
    );
}

#[tokio::test]
async fn replaying_a_credit_has_one_effect_and_returns_the_same_transfer() {
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, ARTICLE, 2023, "0.00").await;
    let path = format!("/api/v1/budget-articles/{ARTICLE}/2023/credits");
    let body = json!({"transfer_id": Uuid::new_v4(), "amount": "1250.50", "reference": "krediet"});

    let first = app.post(&path, Some(&finance), body.clone()).await;
    first.ok(201);
    let replay = app.post(&path, Some(&finance), body.clone()).await;
    replay.ok(200);
    assert_eq!(first.body, replay.body, "the same answer");
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["credit"], "1250.50");
    assert_eq!(balance["available"], "1250.50");

    // the same id with another payload is a conflict, with no effect
    let mut other = body.clone();
    other["amount"] = json!("9999.00");
    let res = app.post(&path, Some(&finance), other).await;
    assert_eq!(res.problem(409)["type"], "/problems/transfer-id-conflict");
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "1250.50");
    assert_totals_match_history(&app, ARTICLE, 2023);
}

#[tokio::test]
async fn concurrent_replays_of_one_transfer_id_credit_once() {
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, ARTICLE, 2023, "0.00").await;
    let path = format!("/api/v1/budget-articles/{ARTICLE}/2023/credits");
    let body = json!({"transfer_id": Uuid::new_v4(), "amount": "100.00", "reference": "once"});
    let results = join_all((0..20).map(|_| app.post(&path, Some(&finance), body.clone()))).await;
    let created = results.iter().filter(|r| r.status.as_u16() == 201).count();
    let replayed = results.iter().filter(|r| r.status.as_u16() == 200).count();
    assert_eq!((created, replayed), (1, 19), "{results:?}");
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "100.00");
    assert_totals_match_history(&app, ARTICLE, 2023);
}

#[tokio::test]
async fn a_refused_transfer_id_stays_refused_even_when_money_arrives_later() {
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    let admin = app.login(Role::Admin).await;
    app.funded_article(&finance, ARTICLE, 2023, "0.00").await;
    let credit = app
        .post(
            &format!("/api/v1/budget-articles/{ARTICLE}/2023/credits"),
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "amount": "1000.00", "reference": "krediet"}),
        )
        .await;
    let credit_id = credit.ok(201)["id"].as_str().unwrap().to_owned();
    // a call reserves 600 of it, so the credit can no longer be reversed whole
    let call = app
        .draft_call(&admin, small_call("C1", ARTICLE, "600.00"))
        .await;
    app.approve(&admin, &call).await;
    app.post(
        &format!("/api/v1/calls/{call}/open"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);

    let reversal = json!({"transfer_id": Uuid::new_v4(), "reference": "booked twice"});
    let path = format!("/api/v1/ledger/transfers/{credit_id}/reversal");
    let res = app.post(&path, Some(&finance), reversal.clone()).await;
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/insufficient-funds");
    assert_eq!(p["available"], "400.00");
    assert_eq!(p["requested"], "1000.00");

    // more money arrives; the refused id is still refused, with the same answer
    app.post(
        &format!("/api/v1/budget-articles/{ARTICLE}/2023/credits"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "amount": "5000.00", "reference": "bijkrediet"}),
    )
    .await
    .ok(201);
    let again = app.post(&path, Some(&finance), reversal).await;
    assert_eq!(again.problem(409), p);
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "5400.00");

    // a new id reverses it now
    let fresh = app
        .post(
            &path,
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "reference": "booked twice"}),
        )
        .await;
    assert_eq!(fresh.ok(201)["code"], "REVERSE");
    // once: a second reversal under another id is refused and moves nothing
    let twice = app
        .post(
            &path,
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "reference": "again"}),
        )
        .await;
    assert!(twice.problem(409)["detail"]
        .as_str()
        .unwrap()
        .contains("reversed already"));
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "4400.00");
    assert_eq!(balance["credit"], "5000.00");
    assert_totals_match_history(&app, ARTICLE, 2023);

    // the refusal is on the ledger for everyone to see, and nothing was deleted
    let auditor = app.login(Role::Auditor).await;
    let list = app
        .get("/api/v1/ledger/transfers?per_page=100", Some(&auditor))
        .await;
    let statuses: Vec<&str> = list.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["posted", "posted", "refused", "posted", "posted"]
    );
}

#[tokio::test]
async fn fifty_concurrent_openings_on_an_article_funded_for_seventeen_open_exactly_seventeen() {
    const CALLS: usize = 50;
    const FUNDED_FOR: usize = 17;
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    let admin = app.login(Role::Admin).await;
    app.funded_article(
        &finance,
        ARTICLE,
        2023,
        &format!("{}.00", FUNDED_FOR * 1000),
    )
    .await;
    let mut ids = Vec::new();
    for i in 0..CALLS {
        let id = app
            .draft_call(&admin, small_call(&format!("RACE{i}"), ARTICLE, "1000.00"))
            .await;
        app.approve(&admin, &id).await;
        ids.push(id);
    }
    let paths: Vec<String> = ids
        .iter()
        .map(|id| format!("/api/v1/calls/{id}/open"))
        .collect();
    let results = join_all(paths.iter().map(|p| app.post(p, Some(&admin), json!({})))).await;
    let opened = results.iter().filter(|r| r.status.as_u16() == 200).count();
    let refused: Vec<_> = results
        .iter()
        .filter(|r| r.status.as_u16() != 200)
        .collect();
    assert_eq!(opened, FUNDED_FOR);
    assert_eq!(refused.len(), CALLS - FUNDED_FOR);
    for r in refused {
        assert_eq!(r.problem(409)["type"], "/problems/insufficient-funds");
    }
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "0.00");
    assert_eq!(
        balance["reserved_for_calls"],
        format!("{}.00", FUNDED_FOR * 1000)
    );
    let open = app
        .get("/api/v1/calls?status=open&per_page=100", None)
        .await;
    assert_eq!(open.ok(200)["total"], FUNDED_FOR);
    assert_totals_match_history(&app, ARTICLE, 2023);

    // the article's available account sits at exactly zero
    let mut conn = app.db.conn().unwrap();
    let l = ledger::ledger_id(
        &mut conn,
        &BudgetArticle::parse(ARTICLE).unwrap(),
        BudgetYear::new(2023).unwrap(),
        CreditType::Vak,
    )
    .unwrap();
    let available =
        ledger::find_account(&mut conn, l, AccountKind::ArticleAvailable, None).unwrap();
    assert_eq!(available.totals.available(), 0);
}

#[tokio::test]
async fn transfers_cannot_be_updated_or_deleted_in_the_database() {
    use diesel::RunQueryDsl;
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, ARTICLE, 2023, "10.00").await;
    let mut conn = app.db.conn().unwrap();
    let update = diesel::sql_query("UPDATE transfers SET amount_cents = 1").execute(&mut **conn);
    assert!(update.is_err(), "an UPDATE of a transfer must fail");
    let delete = diesel::sql_query("DELETE FROM transfers").execute(&mut **conn);
    assert!(delete.is_err(), "a DELETE of a transfer must fail");
    let audit = diesel::sql_query("DELETE FROM audit_log").execute(&mut **conn);
    assert!(audit.is_err(), "the audit trail is append-only");
    if on_postgres() {
        // TRUNCATE fires no row trigger: statement-level guards refuse it. A plain TRUNCATE of a
        // table other tables refer to already fails on the foreign keys; with CASCADE only the
        // guards stop it.
        let plain = diesel::sql_query("TRUNCATE transfers").execute(&mut **conn);
        assert!(plain.is_err(), "TRUNCATE transfers must fail");
        for statement in [
            "TRUNCATE transfers CASCADE",
            "TRUNCATE audit_log CASCADE",
            "TRUNCATE log_leaves",
            "TRUNCATE log_nodes",
            "TRUNCATE log_checkpoints",
            "TRUNCATE accounts CASCADE",
            "TRUNCATE calls CASCADE",
        ] {
            let res = diesel::sql_query(statement).execute(&mut **conn);
            let err = res.expect_err(statement).to_string();
            assert!(
                err.contains("TRUNCATE refused"),
                "{statement} is refused by the guard: {err}"
            );
        }
    }
    let count = diesel::sql_query("SELECT COUNT(*) AS n FROM transfers")
        .get_result::<Count>(&mut **conn)
        .unwrap();
    assert!(count.n > 0, "the transfers are still there");
    drop(conn);
    let balance = app.article_balance(&finance, ARTICLE, 2023).await;
    assert_eq!(balance["available"], "10.00");
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}
