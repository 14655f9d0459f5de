//! Bad input gets a 4xx problem+json that says what is wrong, never a 500, and writes nothing.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::json;

#[tokio::test]
async fn malformed_json_is_a_400_problem() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    for body in ["{", "not json", "[1,2", "{\"reference\": }", ""] {
        let res = app
            .post_raw("/api/v1/calls", Some(&admin), "application/json", body)
            .await;
        res.problem(400);
    }
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_415_problem() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let res = app
        .post_raw(
            "/api/v1/calls",
            Some(&admin),
            "text/plain",
            &reference_call("X1").to_string(),
        )
        .await;
    res.problem(415);
}

#[tokio::test]
async fn money_as_a_json_number_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    for budget in [json!(750000), json!(750000.0), json!(0.1)] {
        let mut body = reference_call("X1");
        body["budget"] = budget;
        let res = app.post("/api/v1/calls", Some(&admin), body).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], "budget", "{p}");
    }
}

#[tokio::test]
async fn amounts_with_more_than_two_decimals_or_a_sign_are_refused() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    for budget in [
        "750000.001",
        "-1.00",
        "1e6",
        "1,000.00",
        " 12.00",
        "",
        "abc",
    ] {
        let mut body = reference_call("X1");
        body["budget"] = json!(budget);
        let res = app.post("/api/v1/calls", Some(&admin), body).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], "budget", "{budget}: {p}");
    }
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "0.00")
        .await;
    let res = app
        .post(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
            Some(&finance),
            json!({"transfer_id": uuid::Uuid::new_v4(), "amount": "0.00", "reference": "zero"}),
        )
        .await;
    res.problem(422);
}

#[tokio::test]
async fn unknown_fields_and_wrong_types_are_refused_naming_the_field() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let mut body = reference_call("X1");
    body["budgett"] = json!("1.00");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    let p = res.problem(422);
    assert_eq!(p["errors"][0]["field"], "budgett");
    assert_eq!(p["errors"][0]["code"], "unknown_field");

    let mut body = reference_call("X1");
    body["budget_year"] = json!("twenty");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "budget_year");

    let mut body = reference_call("X1");
    body["tracks"] = json!([{"name": 7}]);
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "tracks[0].name");

    let mut body = reference_call("X1");
    body.as_object_mut().unwrap().remove("title");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    let p = res.problem(422);
    assert_eq!(p["errors"][0]["field"], "title");
    assert_eq!(p["errors"][0]["code"], "required");
}

#[tokio::test]
async fn domain_rules_are_field_errors_and_nothing_is_written() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let mut body = reference_call("X1");
    body["cap_per_project"] = json!("800000.00");
    body["title"] = json!(" ");
    body["tracks"] = json!([]);
    body["budget_article"] = json!("nonsense");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    res.problem(422);

    let mut body = reference_call("X1");
    body["cap_per_project"] = json!("800000.00");
    body["title"] = json!(" ");
    body["tracks"] = json!([]);
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    let p = res.problem(422);
    let fields: Vec<&str> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for f in ["cap_per_project", "title", "tracks"] {
        assert!(fields.contains(&f), "{f} missing in {p}");
    }
    let mut body = reference_call("X1");
    body["time_zone"] = json!("Mars/Olympus");
    let res = app.post("/api/v1/calls", Some(&admin), body).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "time_zone");

    let list = app.get("/api/v1/calls", Some(&admin)).await;
    assert_eq!(list.ok(200)["total"], 0, "nothing was written");
}

#[tokio::test]
async fn bad_paths_queries_and_unknown_routes_are_problems() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    app.get("/api/v1/calls/not-a-uuid", None).await.problem(400);
    app.get(&format!("/api/v1/calls/{}", uuid::Uuid::new_v4()), None)
        .await
        .problem(404);
    app.get("/api/v1/calls?page=0", None).await.problem(422);
    app.get("/api/v1/calls?page=-1", None).await.problem(422);
    app.get("/api/v1/calls?budget_year=abc", None)
        .await
        .problem(422);
    app.get("/api/v1/nothing-here", None).await.problem(404);
    app.request(reqwest::Method::DELETE, "/api/v1/calls", Some(&admin), None)
        .await
        .problem(404);
    app.post(
        &format!("/api/v1/calls/{}/gates/no_such_gate", uuid::Uuid::new_v4()),
        Some(&admin),
        json!({"reference": "x", "date": "2023-01-01", "verdict": "favourable"}),
    )
    .await
    .problem(404);
    app.post(
        &format!("/api/v1/calls/{}/gates/if_advice", uuid::Uuid::new_v4()),
        Some(&admin),
        json!({"reference": "x", "date": "2023-02-30", "verdict": "favourable"}),
    )
    .await
    .problem(422);
}

#[tokio::test]
async fn a_password_sent_in_a_bad_request_is_never_echoed() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "x@y.z", "password": "", "extra": "secret-value-123"}),
        )
        .await;
    assert!(res.status.is_client_error());
    assert!(!res.text.contains("secret-value-123"));
    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "x@y.z", "password": ""}),
        )
        .await;
    res.problem(422);
}

/// A 422 naming `field` as holding a control character.
fn assert_control_character(res: &Res, field: &str) {
    let p = res.problem(422);
    assert_eq!(p["errors"][0]["field"], field, "{p}");
    assert_eq!(p["errors"][0]["code"], "control_character", "{p}");
    assert!(
        !p.to_string().contains("\\u0000"),
        "the refused text is not echoed: {p}"
    );
}

#[tokio::test]
async fn a_nul_in_any_text_is_a_422_naming_the_field_on_both_backends_and_nothing_is_stored() {
    // PostgreSQL cannot store NUL and answered 500 ("invalid byte sequence"); SQLite stored it
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    let admin = app.login(Role::Admin).await;

    // a query parameter
    let res = app.get("/api/v1/calls?q=Gen%00k", None).await;
    assert_control_character(&res, "q");
    let res = app
        .get("/api/v1/users?role=rev%1Biewer", Some(&admin))
        .await;
    assert_control_character(&res, "role");

    // an email and a display name at sign-up: no account is made
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "jan\u{0}@genk.be", "password": "a long passphrase",
                   "display_name": "Jan"}),
        )
        .await;
    assert_control_character(&res, "email");
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "jan@genk.be", "password": "a long passphrase",
                   "display_name": "Jan\u{0}Peeters"}),
        )
        .await;
    assert_control_character(&res, "display_name");
    let users = app.get("/api/v1/users?per_page=100", Some(&admin)).await;
    assert!(
        !users.ok(200).to_string().contains("jan@genk.be"),
        "no account was made"
    );

    // an organisation's name, nested fields named by their path
    let applicant = app.applicant().await;
    let res = app
        .post(
            "/api/v1/organisations",
            Some(&applicant),
            json!({"name": "Stad\u{0}Genk", "kbo": kbo(1), "kind": "local_government",
                   "address": {"street": "Stadsplein\u{1b}1", "postal_code": "3600", "city": "Genk"}}),
        )
        .await;
    let p = res.problem(422);
    let fields: Vec<&str> = p["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(fields, ["address.street", "name"], "{p}");
    let mine = app.get("/api/v1/organisations", Some(&applicant)).await;
    assert_eq!(mine.ok(200)["total"], 0);

    // an article's description; a track's name inside a list
    let res = app
        .post(
            "/api/v1/budget-articles",
            Some(&finance),
            json!({"code": "SJ0-1SMC2GA-WT", "budget_year": 2023, "description": "Expert\u{0}enpool"}),
        )
        .await;
    assert_control_character(&res, "description");
    let articles = app.get("/api/v1/budget-articles", Some(&finance)).await;
    assert_eq!(articles.ok(200)["total"], 0);
    let mut call = reference_call("NUL1");
    call["tracks"][1]["name"] = json!("Veilige\u{7}omgevingen");
    let res = app.post("/api/v1/calls", Some(&admin), call).await;
    assert_control_character(&res, "tracks[1].name");

    // line breaks and tabs are text, not control characters
    let mut call = reference_call("NUL2");
    call["description"] = json!("Eerste alinea.\n\n\tTweede alinea.\r\n");
    app.post("/api/v1/calls", Some(&admin), call).await.ok(201);
}
