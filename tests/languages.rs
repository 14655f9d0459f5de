//! Problem details in the request's language (issue #13, item 6): `Accept-Language` picks
//! Dutch or French; without it (or naming none of ours) the API answers in English.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

/// POSTs `body` to `path` with `Accept-Language: language` (none when `None`).
async fn post_in(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    language: Option<&str>,
    body: Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = app.client.post(format!("{}{path}", app.base)).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(l) = language {
        req = req.header("Accept-Language", l);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.json().await.expect("a problem"))
}

#[tokio::test]
async fn accept_language_turns_a_422s_title_and_detail_into_french_or_dutch() {
    let app = spawn_app().await;
    let bad = json!({"email": "jan@genk.be", "password": "a-long-enough-password",
                     "display_name": "Jan\u{0}Peeters"});
    let (status, headers, english) =
        post_in(&app, "/api/v1/auth/signup", None, None, bad.clone()).await;
    assert_eq!(status, 422);
    assert_eq!(english["title"], "The request has invalid fields");
    assert!(english["detail"]
        .as_str()
        .unwrap()
        .starts_with("display_name: "));
    assert_eq!(headers["content-language"], "en");
    assert!(headers["vary"]
        .to_str()
        .unwrap()
        .contains("accept-language"));

    let (status, headers, french) = post_in(
        &app,
        "/api/v1/auth/signup",
        None,
        Some("fr-BE, nl;q=0.8, en;q=0.5"),
        bad.clone(),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(headers["content-language"], "fr");
    assert_eq!(
        french["title"],
        "La requête contient des champs non valides"
    );
    assert_eq!(
        french["detail"],
        "display_name : contient un caractère de contrôle (NUL compris), qui est refusé"
    );
    assert_eq!(french["errors"][0]["field"], "display_name");
    assert_eq!(french["errors"][0]["code"], "control_character");
    assert_eq!(french["type"], english["type"], "the type never changes");

    let (_, headers, dutch) = post_in(&app, "/api/v1/auth/signup", None, Some("nl"), bad).await;
    assert_eq!(headers["content-language"], "nl");
    assert_eq!(dutch["title"], "De aanvraag bevat ongeldige velden");
    assert_eq!(
        dutch["detail"],
        "display_name: bevat een stuurteken (ook NUL), dat geweigerd wordt"
    );

    // a language we do not write: English
    let (_, headers, german) = post_in(
        &app,
        "/api/v1/auth/signup",
        None,
        Some("de-DE"),
        json!({"email": "jan@genk.be"}),
    )
    .await;
    assert_eq!(headers["content-language"], "en");
    assert_eq!(german["title"], "The request has invalid fields");
}

#[tokio::test]
async fn refusals_before_and_after_the_handler_are_written_in_the_language_too() {
    let app = spawn_app().await;
    // no token: 401 from the extractor
    let (status, _, p) = post_in(&app, "/api/v1/users", None, Some("fr"), json!({})).await;
    assert_eq!(status, 401);
    assert_eq!(p["title"], "Authentification requise");
    // another role: 403
    let applicant = app.applicant().await;
    let (status, _, p) = post_in(
        &app,
        "/api/v1/users",
        Some(&applicant),
        Some("nl"),
        json!({"email": "x@y.be", "password": "a-long-enough-password", "role": "finance",
               "display_name": "X"}),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(p["title"], "Niet toegestaan voor uw rol");
    assert_eq!(p["detail"], "uw rol mag dit niet");
    // no such route, and no such resource
    let (status, _, p) = post_in(&app, "/api/v1/nowhere", None, Some("fr"), json!({})).await;
    assert_eq!(status, 404);
    assert_eq!(p["title"], "Introuvable");
    let admin = app.login(Role::Admin).await;
    let (status, _, p) = post_in(
        &app,
        &format!("/api/v1/users/{}/disable", uuid::Uuid::new_v4()),
        Some(&admin),
        Some("fr"),
        json!({}),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(p["detail"], "cela n'existe pas ou ne vous est pas visible");
    // a control character in the query, refused by the guard before routing
    let res = app
        .client
        .get(format!("{}/api/v1/calls?q=a%00b", app.base))
        .bearer_auth(&admin)
        .header("Accept-Language", "nl")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["title"], "De aanvraag bevat ongeldige velden");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("q: bevat een stuurteken"),
        "{p}"
    );
}

/// Observed: a call with a blank track name and a zero track budget, refused with `Accept-Language:
/// fr`, answered "n'est pas valide (track 2's name must not be blank)": the rule stayed English.
/// Each rule of the domain is now worded whole in the request's language, from its code and
/// values, at the item's own path; and a client gets the code and the values to word it itself.
#[tokio::test]
async fn a_broken_rule_is_worded_in_the_requests_language_with_its_values() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let mut call = reference_call("LANG1");
    call["tracks"][1]["name"] = json!("   ");
    call["cap_per_project"] = json!("800000.00");
    let (status, _, english) =
        post_in(&app, "/api/v1/calls", Some(&admin), None, call.clone()).await;
    assert_eq!(status, 422, "{english}");
    let of = |p: &Value, field: &str| -> Value {
        p["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .find(|e| e["field"] == field)
            .unwrap_or_else(|| panic!("no error on {field}: {p}"))
            .clone()
    };
    let blank = of(&english, "tracks[1].name");
    assert_eq!(blank["code"], "blank");
    assert_eq!(blank["message"], "must not be blank");
    assert_eq!(blank["params"], json!({}));
    let cap = of(&english, "cap_per_project");
    assert_eq!(cap["code"], "cap_exceeds_budget");
    assert_eq!(
        cap["params"],
        json!({"cap": "800000.00", "budget": "750000.00"})
    );
    assert_eq!(
        cap["message"],
        "800000.00 exceeds the call's budget 750000.00"
    );

    let (_, _, french) = post_in(
        &app,
        "/api/v1/calls",
        Some(&admin),
        Some("fr"),
        call.clone(),
    )
    .await;
    assert_eq!(
        of(&french, "tracks[1].name")["message"],
        "ne doit pas être vide"
    );
    assert_eq!(
        of(&french, "cap_per_project")["message"],
        "800000.00 dépasse le budget de l'appel, 750000.00"
    );
    assert_eq!(of(&french, "cap_per_project")["params"], cap["params"]);

    let (_, _, dutch) = post_in(&app, "/api/v1/calls", Some(&admin), Some("nl"), call).await;
    assert_eq!(
        of(&dutch, "tracks[1].name")["message"],
        "mag niet leeg zijn"
    );
    assert_eq!(
        of(&dutch, "cap_per_project")["message"],
        "800000.00 overschrijdt het budget van de oproep, 750000.00"
    );

    // one broken rule: the detail is that rule, in the language
    let mut call = reference_call("LANG2");
    call["grant_months"] = json!(121);
    let (status, _, french) = post_in(&app, "/api/v1/calls", Some(&admin), Some("fr"), call).await;
    assert_eq!(status, 422, "{french}");
    assert_eq!(
        french["detail"],
        "grant_months : doit être un nombre entier de 1 à 120"
    );
    assert_eq!(
        french["errors"][0]["params"],
        json!({"min": "1", "max": "120"})
    );
}

/// Observed: an amount written "750.000,00" (as Dutch writes it) was refused with serde's
/// English, echoing the value ("amount is not a decimal number like \"1250.00\""), in every
/// language. A value one of the domain's parsers refuses now names the rule it broke, in the
/// request's language, without the value.
#[tokio::test]
async fn a_value_the_domain_cannot_parse_is_refused_by_its_rule_in_the_language() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let mut call = reference_call("LANG3");
    call["budget"] = json!("750.000,00");
    let (status, _, english) =
        post_in(&app, "/api/v1/calls", Some(&admin), None, call.clone()).await;
    assert_eq!(status, 422, "{english}");
    assert_eq!(english["errors"][0]["field"], "budget");
    assert_eq!(english["errors"][0]["code"], "amount");
    assert_eq!(
        english["errors"][0]["message"],
        "must be a decimal number like “1250.00”"
    );
    assert!(!english.to_string().contains("750.000,00"), "{english}");
    let (_, _, dutch) = post_in(&app, "/api/v1/calls", Some(&admin), Some("nl"), call).await;
    assert_eq!(
        dutch["detail"],
        "budget: moet een decimaal getal zijn zoals ‘1250.00’"
    );

    // a number instead of a decimal string, and a decision kind we do not have
    let mut call = reference_call("LANG4");
    call["budget"] = json!(750000);
    let (_, _, french) = post_in(&app, "/api/v1/calls", Some(&admin), Some("fr"), call).await;
    assert_eq!(french["errors"][0]["code"], "amount_string", "{french}");
    assert_eq!(
        french["errors"][0]["message"],
        "doit être une chaîne JSON comme « 1250.00 », pas un nombre"
    );

    // an enterprise number with a wrong check number, from an applicant
    let applicant = app.applicant().await;
    let (status, _, french) = post_in(
        &app,
        "/api/v1/organisations",
        Some(&applicant),
        Some("fr"),
        json!({"name": "Stad Genk", "kbo": "0207.451.228", "kind": "local_government",
               "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk",
                           "country": "BE"}}),
    )
    .await;
    assert_eq!(status, 422, "{french}");
    assert_eq!(french["errors"][0]["field"], "kbo");
    assert_eq!(french["errors"][0]["code"], "kbo_checksum");
    assert_eq!(
        french["errors"][0]["message"],
        "le nombre de contrôle (mod 97) du numéro d'entreprise est faux"
    );
    assert!(!french.to_string().contains("0207.451.228"), "{french}");
}

/// Observed: opening a draft call with `Accept-Language: fr` answered "Étape d'approbation dans
/// le mauvais ordre" over an English detail ("the finance inspectorate advice ... has not been
/// passed yet"). A refused command now names the rule it broke (`rule`, `params`) and its detail
/// is that rule in the request's language.
#[tokio::test]
async fn a_refused_command_says_why_in_the_requests_language() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("LANG5")).await;
    let open = format!("/api/v1/calls/{id}/open");
    let (status, _, english) = post_in(&app, &open, Some(&admin), None, json!({})).await;
    assert_eq!(status, 409, "{english}");
    assert_eq!(english["type"], "/problems/gate-out-of-order");
    assert_eq!(english["rule"], "gate_not_passed");
    assert_eq!(
        english["params"],
        json!({"missing": "if_advice", "status": "draft"})
    );
    assert_eq!(
        english["detail"],
        "the finance inspectorate advice (Inspectie van Financiën) [gate if_advice] has not \
         been passed yet; the call is draft"
    );
    let (_, _, french) = post_in(&app, &open, Some(&admin), Some("fr"), json!({})).await;
    assert_eq!(
        french["detail"],
        "l'étape « avis de l'Inspection des Finances (Inspectie van Financiën) » [étape \
         if_advice] n'est pas encore franchie ; l'appel est « draft »"
    );
    assert_eq!(french["params"], english["params"]);

    // a command the call's state does not allow
    let cancel = format!("/api/v1/calls/{id}/cancel");
    let reason = json!({"reason": "Policy withdrawn"});
    let (status, _, _) = post_in(&app, &cancel, Some(&admin), None, reason.clone()).await;
    assert_eq!(status, 200);
    let (status, _, dutch) = post_in(&app, &cancel, Some(&admin), Some("nl"), reason).await;
    assert_eq!(status, 409, "{dutch}");
    assert_eq!(dutch["rule"], "call_transition");
    assert_eq!(
        dutch["params"],
        json!({"action": "cancel", "from": "cancelled"})
    );
    assert_eq!(
        dutch["detail"],
        "kan een oproep die ‘cancelled’ is niet annuleren"
    );
}

/// Observed: a wrong password with `Accept-Language: nl` answered "Authenticatie vereist" over
/// "unknown email or wrong password", and an admin disabling their own account got an English
/// conflict. The API's own refusals name their rule too, and are worded in the language.
#[tokio::test]
async fn the_apis_own_refusals_are_worded_in_the_language() {
    let app = spawn_app().await;
    let (status, headers, dutch) = post_in(
        &app,
        "/api/v1/auth/token",
        None,
        Some("nl"),
        json!({"email": "nobody@genk.be", "password": "not-the-password-at-all"}),
    )
    .await;
    assert_eq!(status, 401, "{dutch}");
    assert!(headers.contains_key("www-authenticate"));
    assert_eq!(dutch["rule"], "wrong_credentials");
    assert_eq!(
        dutch["detail"],
        "onbekend e-mailadres of verkeerd wachtwoord"
    );

    let admin = app.login(Role::Admin).await;
    let own = app.get("/api/v1/me", Some(&admin)).await.body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _, french) = post_in(
        &app,
        &format!("/api/v1/users/{own}/disable"),
        Some(&admin),
        Some("fr"),
        json!({}),
    )
    .await;
    assert_eq!(status, 409, "{french}");
    assert_eq!(french["type"], "/problems/conflict");
    assert_eq!(french["rule"], "own_account");
    assert_eq!(
        french["detail"],
        "un admin ne peut pas désactiver, activer ni changer le rôle de son propre compte : \
         demandez à un autre admin"
    );
}
