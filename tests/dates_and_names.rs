//! Deadlines are whole seconds, shown as they are enforced; dates a person gives have a
//! four-digit year, and gate evidence is not dated in the future; names are trimmed and never
//! blank. Every refusal is a 422 naming the field, and writes nothing.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::json;

/// The field errors of a 422 validation problem, as (field, message).
#[track_caller]
fn field_errors(res: &Res) -> Vec<(String, String)> {
    let p = res.problem(422);
    assert_eq!(p["type"], "/problems/validation", "{p}");
    p["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().expect("field").to_owned(),
                e["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect()
}

/// Asserts a 422 naming `field` with a message containing `says`.
#[track_caller]
fn assert_field(res: &Res, field: &str, says: &str) {
    let errors = field_errors(res);
    assert!(
        errors.iter().any(|(f, m)| f == field && m.contains(says)),
        "expected {field:?} saying {says:?}, got {errors:?}"
    );
}

async fn calls_count(app: &TestApp, admin: &str) -> usize {
    app.get("/api/v1/calls", Some(admin)).await.ok(200)["items"]
        .as_array()
        .expect("items")
        .len()
}

#[tokio::test]
async fn a_deadline_with_a_fraction_or_a_leap_second_or_an_odd_year_is_refused() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    for (deadline, says) in [
        ("2023-08-31T10:00:00.123456789+02:00", "whole second"),
        ("2023-08-31T10:00:00.5Z", "whole second"),
        ("2023-08-31T10:00:00.000001", "whole second"),
        ("2023-08-31T10:00:60", "60"),
        ("2023-08-31T10:00:60+02:00", "60"),
        ("2023-08-31T07:59:60Z", "60"),
        ("0999-08-31T10:00", "four digits"),
        ("0023-08-31T10:00:00+02:00", "four digits"),
        ("+12023-08-31T10:00", "four digits"),
    ] {
        let mut body = reference_call("X1");
        body["deadline"] = json!(deadline);
        let res = app.post("/api/v1/calls", Some(&admin), body).await;
        assert_field(&res, "deadline", says);
        // the rejected value is not echoed
        assert!(!res.text.contains(deadline), "{deadline}: {}", res.text);
    }
    assert_eq!(calls_count(&app, &admin).await, 0, "nothing was created");

    // a zero fraction is a whole second; the deadline is shown as it is enforced
    let mut body = reference_call("X2");
    body["deadline"] = json!("2023-08-31T10:00:00.000+02:00");
    let created = app.post("/api/v1/calls", Some(&admin), body).await;
    let call = created.ok(201);
    assert_eq!(call["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(call["deadline"]["utc"], "2023-08-31T08:00:00Z");

    // editing a draft follows the same rule
    let id = call["id"].as_str().unwrap();
    let mut body = reference_call("X2");
    body["deadline"] = json!("2023-08-31T10:00:00.999+02:00");
    let res = app
        .put(&format!("/api/v1/calls/{id}"), Some(&admin), body)
        .await;
    assert_field(&res, "deadline", "whole second");
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["deadline"]["at"], "2023-08-31T10:00:00+02:00");
}

#[tokio::test]
async fn an_extension_must_move_the_deadline_by_whole_seconds_as_shown() {
    let app = spawn_app().await;
    let call = app.with_opened_call(reference_call("EXP23")).await;
    let extend = |deadline: &str| {
        let app = app.clone();
        let path = format!("{}/deadline-extensions", call.path());
        let admin = call.admin.clone();
        let body = json!({"deadline": deadline, "reason": "asked by the cities"});
        async move { app.post(&path, Some(&admin), body).await }
    };
    // one microsecond later is not a deadline anyone can see
    assert_field(
        &extend("2023-08-31T10:00:00.000001+02:00").await,
        "deadline",
        "whole second",
    );
    assert_field(
        &extend("2023-08-31T10:00:00.5").await,
        "deadline",
        "whole second",
    );
    assert_field(&extend("2023-08-31T10:00:60").await, "deadline", "60");
    assert_field(&extend("0999-09-15T10:00").await, "deadline", "four digits");
    // the same second, or an earlier one, is refused as before
    for same_or_earlier in ["2023-08-31T10:00:00+02:00", "2023-08-31T09:59:59"] {
        let res = extend(same_or_earlier).await;
        let p = res.problem(422);
        assert_eq!(p["type"], "/problems/deadline-not-later", "{p}");
        assert_eq!(p["deadline"], "2023-08-31T10:00:00+02:00");
    }
    // nothing was written
    let read = app.get(&call.path(), Some(&call.admin)).await;
    let body = read.ok(200);
    assert_eq!(body["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(body["deadline_history"].as_array().unwrap().len(), 1);

    // one second later is a new deadline, shown and enforced at that second
    let res = extend("2023-08-31T10:00:01").await;
    let body = res.ok(201);
    assert_eq!(body["deadline"]["at"], "2023-08-31T10:00:01+02:00");
    assert_eq!(body["deadline"]["utc"], "2023-08-31T08:00:01Z");
    assert_eq!(body["deadline_history"].as_array().unwrap().len(), 2);
    let new_deadline = brussels(2023, 8, 31, 10, 0, 1);
    app.set_time(new_deadline - chrono::Duration::milliseconds(1));
    let open = app.get(&call.path(), None).await;
    assert_eq!(open.ok(200)["accepting_submissions"], true);
    app.set_time(new_deadline);
    let closed = app.get(&call.path(), None).await;
    assert_eq!(closed.ok(200)["status"], "closed");
    assert_eq!(closed.body["accepting_submissions"], false);
}

#[tokio::test]
async fn gate_evidence_is_not_dated_in_the_future_and_has_a_four_digit_year() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    // 2 June 2023, 00:30 in Brussels: still 1 June in UTC
    app.set_time(brussels(2023, 6, 2, 0, 30, 0));
    let id = app.draft_call(&admin, reference_call("GATE1")).await;
    let gate = |date: &str| {
        let app = app.clone();
        let path = format!("/api/v1/calls/{id}/gates/if_advice");
        let admin = admin.clone();
        let body = json!({"reference": "GDR/2023002349", "date": date, "verdict": "favourable"});
        async move { app.post(&path, Some(&admin), body).await }
    };
    for (date, says) in [
        ("2023-06-03", "future"),
        ("2024-01-01", "future"),
        ("0999-06-01", "four digits"),
        ("0001-01-01", "four digits"),
    ] {
        let res = gate(date).await;
        assert_field(&res, "date", says);
    }
    // a year past 9999 is not a date a person gives either (refused while reading the body)
    let res = gate("+10000-01-01").await;
    assert_eq!(field_errors(&res)[0].0, "date");
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    let body = call.ok(200);
    assert_eq!(body["status"], "draft");
    assert_eq!(body["approvals"].as_array().unwrap().len(), 0);

    // today in the call's zone is not the future, though UTC is still on the day before
    let res = gate("2023-06-02").await;
    assert_eq!(res.ok(201)["status"], "advised");
}

#[tokio::test]
async fn a_start_date_and_the_instants_asked_for_have_four_digit_years() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    for start_date in ["0999-11-01", "0024-11-01"] {
        let mut body = reference_call("X1");
        body["start_date"] = json!(start_date);
        let res = app.post("/api/v1/calls", Some(&admin), body).await;
        assert_field(&res, "start_date", "four digits");
    }
    let mut body = reference_call("X1");
    body["start_date"] = json!("+10024-11-01");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    assert_eq!(field_errors(&res)[0].0, "start_date");
    assert_eq!(calls_count(&app, &admin).await, 0);

    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "10.00")
        .await;
    let res = app
        .get(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023?at=0999-01-01T00:00:00Z",
            Some(&finance),
        )
        .await;
    assert_field(&res, "at", "four digits");
    let res = app
        .get(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023?at=2023-06-01T00:00:00Z",
            Some(&finance),
        )
        .await;
    res.ok(200);
    for (query, field) in [
        ("from=0999-01-01T00:00:00Z", "from"),
        ("to=0001-01-01T00:00:00Z", "to"),
    ] {
        let res = app
            .get(
                &format!("/api/v1/ledger/export.csv?{query}"),
                Some(&finance),
            )
            .await;
        assert_field(&res, field, "four digits");
    }
}

#[tokio::test]
async fn names_are_trimmed_and_a_blank_one_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    // spaces, no-break and ideographic spaces, zero-width characters: all blank
    let blanks = [
        "",
        "   ",
        "\t\n",
        "\u{a0}\u{3000}",
        "\u{200b}",
        " \u{feff}\u{2060} ",
    ];

    for blank in blanks {
        // a call's title, a track's name, a criterion's name
        for (pointer, field) in [
            ("/title", "title"),
            ("/tracks/1/name", "tracks[1].name"),
            ("/criteria/0/name", "criteria[0].name"),
        ] {
            let mut body = reference_call("X1");
            *body.pointer_mut(pointer).expect(pointer) = json!(blank);
            let res = app.post("/api/v1/calls", Some(&admin), body).await;
            assert_field(&res, field, "must not be blank");
        }
        // an article's description
        let res = app
            .post(
                "/api/v1/budget-articles",
                Some(&finance),
                json!({"code": "SJ0-1SMC2GA-WT", "budget_year": 2024, "description": blank}),
            )
            .await;
        assert_field(&res, "description", "must not be blank");
        // a display name, signing up or created by an admin
        let email = format!("blank-{}@test.example", uuid::Uuid::new_v4().simple());
        let res = app.sign_up(&email, "a long enough password", blank).await;
        assert_field(&res, "display_name", "must not be blank");
        app.sign_in(&email, "a long enough password")
            .await
            .problem(401);
        let res = app
            .post(
                "/api/v1/users",
                Some(&admin),
                json!({"email": email, "password": "a long enough password",
                       "role": "reviewer", "display_name": blank}),
            )
            .await;
        assert_field(&res, "display_name", "must not be blank");
    }
    assert_eq!(calls_count(&app, &admin).await, 0);
    app.get(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2024",
        Some(&finance),
    )
    .await
    .problem(404);

    // an organisation's name
    let applicant = app.applicant().await;
    for blank in blanks {
        let res = app
            .post(
                "/api/v1/organisations",
                Some(&applicant),
                json!({"name": blank, "kbo": "0207.451.227", "kind": "local_government",
                       "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}}),
            )
            .await;
        assert_field(&res, "name", "must not be blank");
    }

    // what is stored is trimmed, invisible characters at the ends included
    let mut body = reference_call("X1");
    body["title"] = json!("\u{200b} Expertenpool lokale besturen\u{a0}");
    body["tracks"][0]["name"] = json!("\t Eén-op-één ondersteuning \n");
    let call = app.post("/api/v1/calls", Some(&admin), body).await;
    let call = call.ok(201);
    assert_eq!(call["title"], "Expertenpool lokale besturen");
    assert_eq!(call["tracks"][0]["name"], "Eén-op-één ondersteuning");
    let article = app
        .post(
            "/api/v1/budget-articles",
            Some(&finance),
            json!({"code": "SJ0-1SMC2GA-WT", "budget_year": 2024,
                   "description": " \u{feff}Preventie van radicalisering "}),
        )
        .await;
    assert_eq!(
        article.ok(201)["description"],
        "Preventie van radicalisering"
    );
    let email = format!("trim-{}@test.example", uuid::Uuid::new_v4().simple());
    let res = app
        .sign_up(&email, "a long enough password", "  Jan Peeters\u{200b} ")
        .await;
    assert_eq!(res.ok(201)["display_name"], "Jan Peeters");
}
