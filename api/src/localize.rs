//! Problem details in the request's language (issue #13, item 6): `Accept-Language: fr` (or
//! `nl`) turns an error's title, and its detail where the detail is general, into French (or
//! Dutch), from the Project Fluent catalogues `api/locales/<language>/problems.ftl`.
//!
//! The code writes every problem in English (the API's language when the request names none of
//! ours); this middleware rewrites a `application/problem+json` answer for a request that
//! prefers Dutch or French:
//! - `title`: the problem type's title in the catalogue;
//! - field errors: a rule of the domain (an error with `params`) by its code and values, from
//!   the catalogue's `rule-<code>`; any other by its `code` alone (the English reason of a
//!   malformed request, as with `invalid`, is kept between brackets); and the `detail` from
//!   them;
//! - `detail`: a refused command's (a problem with `rule` and `params`) from the catalogue's
//!   `rule-<code>`; for the types whose detail is general (not found, forbidden, internal, a
//!   passed deadline with its instant, insufficient funds with the amounts, ...) from
//!   `detail-<type>`; any other detail (a conflict the API itself words) stays as the code
//!   wrote it.
//!
//! Every rewritten answer says its language (`Content-Language`), and every answer that can
//! vary by it says so (`Vary: Accept-Language`).

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use fluent_bundle::FluentArgs;
use grantdesk_domain::Language;
use serde_json::Value;

use crate::notify::render::{rule_text, text};

/// The most a problem body is read to be rewritten (they are a few hundred bytes).
const MAX_PROBLEM_BYTES: usize = 64 * 1024;

/// The language of ours the `Accept-Language` header prefers (RFC 9110 §12.5.4: the highest
/// weight wins, the first of equal weights; `*` and languages we do not write match nothing):
/// `None` when it names none of them.
pub fn negotiate(accept: &str) -> Option<Language> {
    let mut best: Option<(Language, f32)> = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
            .map_or(Some(1.0), |q| q.parse::<f32>().ok())
            .filter(|q| (0.0..=1.0).contains(q));
        let Some(weight) = weight else { continue };
        let primary = tag.split('-').next().unwrap_or("");
        let Ok(language) = Language::parse(primary) else {
            continue;
        };
        if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
            best = Some((language, weight));
        }
    }
    best.map(|(language, _)| language)
}

fn args<'a>(pairs: &[(&'a str, String)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

/// `key` in `language`, if the catalogue has it.
fn say(language: Language, key: &str, pairs: &[(&str, String)]) -> Option<String> {
    text(language, key, &args(pairs)).ok()
}

/// The rule `code` worded in `language` from its values as a problem carries them (`params`).
fn rule_message(
    language: Language,
    code: &str,
    params: &serde_json::Map<String, Value>,
) -> Option<String> {
    let values = params
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str().unwrap_or_default()));
    rule_text(language, code, values)
}

/// A field error's message in `language`: by its code, the English reason kept in brackets
/// where the code alone does not say it (a malformed request's, as serde words it).
fn field_message(language: Language, code: &str, english: &str) -> Option<String> {
    say(
        language,
        &format!("field-{code}"),
        &[("rule", english.to_owned())],
    )
}

/// The problem `problem` (as the code wrote it, in English) in `language`.
pub fn localize(problem: &mut Value, language: Language) {
    let slug = problem["type"]
        .as_str()
        .and_then(|t| t.strip_prefix("/problems/"))
        .unwrap_or_default()
        .to_owned();
    if let Some(title) = say(language, &format!("title-{slug}"), &[]) {
        problem["title"] = Value::String(title);
    }
    if let Some(errors) = problem["errors"].as_array_mut() {
        for error in errors.iter_mut() {
            let code = error["code"].as_str().unwrap_or_default().to_owned();
            let english = error["message"].as_str().unwrap_or_default().to_owned();
            let message = match error.get("params") {
                // a rule of the domain, worded whole from its values
                Some(Value::Object(params)) => rule_message(language, &code, params),
                _ => field_message(language, &code, &english),
            };
            if let Some(message) = message {
                error["message"] = Value::String(message);
            }
        }
        let detail = match errors.as_slice() {
            [one] => say(
                language,
                "detail-field",
                &[
                    (
                        "field",
                        one["field"].as_str().unwrap_or_default().to_owned(),
                    ),
                    (
                        "message",
                        one["message"].as_str().unwrap_or_default().to_owned(),
                    ),
                ],
            ),
            many => say(
                language,
                "detail-fields",
                &[("count", many.len().to_string())],
            ),
        };
        if let Some(detail) = detail {
            problem["detail"] = Value::String(detail);
        }
        return;
    }
    // a refused command: the rule it broke, worded whole from its values
    if let (Some(rule), Some(Value::Object(params))) =
        (problem["rule"].as_str(), problem.get("params"))
    {
        if let Some(detail) = rule_message(language, rule, params) {
            problem["detail"] = Value::String(detail);
        }
        return;
    }
    let member = |name: &str| problem[name].as_str().unwrap_or_default().to_owned();
    let pairs = [
        ("deadline", member("deadline")),
        ("available", member("available")),
        ("requested", member("requested")),
    ];
    let general = match slug.as_str() {
        "deadline-passed" if !pairs[0].1.is_empty() => true,
        "insufficient-funds" if !pairs[1].1.is_empty() => true,
        "not-found" | "forbidden" | "internal" | "unavailable" | "payload-too-large"
        | "request-timeout" | "too-many-requests" => true,
        _ => false,
    };
    if general {
        if let Some(detail) = say(language, &format!("detail-{slug}"), &pairs) {
            problem["detail"] = Value::String(detail);
        }
    }
}

fn is_problem(res: &ServiceResponse<impl MessageBody>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/problem+json"))
}

/// Writes a problem answer in the language the request prefers (see the module's text).
pub async fn problems(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let language = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(negotiate)
        .filter(|l| *l != Language::English);
    let mut res = next.call(req).await?;
    if !is_problem(&res) {
        return Ok(res.map_into_boxed_body());
    }
    res.headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-language"));
    let Some(language) = language else {
        res.headers_mut()
            .insert(header::CONTENT_LANGUAGE, HeaderValue::from_static("en"));
        return Ok(res.map_into_boxed_body());
    };
    let (req, res) = res.into_parts();
    let (mut head, body) = {
        let (head, body) = res.into_parts();
        (head, body)
    };
    let bytes = match body::to_bytes_limited(body, MAX_PROBLEM_BYTES).await {
        Ok(Ok(bytes)) => bytes,
        // not a problem we can read whole: answered as it was (without its body, which is
        // consumed), so say nothing rather than half
        _ => {
            return Ok(ServiceResponse::new(req, head.set_body(BoxBody::new(()))));
        }
    };
    let rewritten = match serde_json::from_slice::<Value>(&bytes) {
        Ok(mut problem) => {
            localize(&mut problem, language);
            head.headers_mut().insert(
                header::CONTENT_LANGUAGE,
                HeaderValue::from_static(language.as_str()),
            );
            serde_json::to_vec(&problem).unwrap_or_else(|_| bytes.to_vec())
        }
        Err(_) => bytes.to_vec(),
    };
    head.headers_mut().remove(header::CONTENT_LENGTH);
    Ok(ServiceResponse::new(
        req,
        head.set_body(BoxBody::new(rewritten)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_preferred_language_of_ours_wins() {
        assert_eq!(negotiate("fr"), Some(Language::French));
        assert_eq!(negotiate("fr-BE, nl;q=0.8"), Some(Language::French));
        assert_eq!(
            negotiate("de, nl-BE;q=0.5, fr;q=0.4"),
            Some(Language::Dutch)
        );
        assert_eq!(negotiate("en;q=0.2, fr;q=0.9"), Some(Language::French));
        assert_eq!(negotiate("nl;q=0, fr;q=0.1"), Some(Language::French));
        assert_eq!(negotiate("de, *"), None);
        assert_eq!(negotiate("fr;q=2, nl;q=abc"), None);
        assert_eq!(negotiate(""), None);
    }

    /// Every rule of the domain is worded in every language, from exactly the values it names
    /// (a message that uses a value the rule does not name fails to format).
    #[test]
    fn every_rule_is_worded_in_every_language_from_its_values() {
        use grantdesk_domain::Rule;
        assert_eq!(Rule::PARAMS.len(), Rule::CODES.len());
        for (code, names) in Rule::PARAMS {
            let mut args = FluentArgs::new();
            for name in *names {
                args.set(*name, format!("<{name}>"));
            }
            for language in [Language::Dutch, Language::French, Language::English] {
                let key = format!("rule-{code}");
                let worded = text(language, &key, &args)
                    .unwrap_or_else(|e| panic!("{}: {e}", language.as_str()));
                for name in *names {
                    // values that only choose the words (a decision's kind, a transfer's side)
                    let selector = matches!(
                        (*code, *name),
                        ("award_not_expected", "kind")
                            | ("unknown_account", "side")
                            | ("gate_out_of_order", "gate")
                    );
                    assert!(
                        worded.contains(&format!("<{name}>")) || selector,
                        "{} {key} does not say its {name}: {worded}",
                        language.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn a_rule_is_worded_whole_in_the_requests_language() {
        let english = crate::FieldError::rule(
            "tracks[1].name",
            &grantdesk_domain::Rule::Length { min: 1, max: 200 },
        );
        assert_eq!(english.code, "length");
        assert_eq!(english.message, "must be 1 to 200 characters");
        let mut p = json!({"type": "/problems/validation", "title": "The request has invalid fields",
            "status": 422, "detail": "tracks[1].name: must be 1 to 200 characters",
            "errors": [english]});
        let mut dutch = p.clone();
        localize(&mut p, Language::French);
        assert_eq!(
            p["detail"],
            "tracks[1].name : doit compter de 1 à 200 caractères"
        );
        assert_eq!(p["errors"][0]["params"], json!({"min": "1", "max": "200"}));
        localize(&mut dutch, Language::Dutch);
        assert_eq!(
            dutch["errors"][0]["message"],
            "moet 1 tot 200 tekens lang zijn"
        );
    }

    #[test]
    fn a_validation_problem_is_written_in_french() {
        let mut p = json!({"type": "/problems/validation", "title": "The request has invalid fields",
            "status": 422, "detail": "description: contains a control character",
            "errors": [{"field": "description", "code": "control_character",
                        "message": "contains a control character"}]});
        localize(&mut p, Language::French);
        assert_eq!(p["title"], "La requête contient des champs non valides");
        assert_eq!(
            p["detail"],
            "description : contient un caractère de contrôle (NUL compris), qui est refusé"
        );
        let mut p = json!({"type": "/problems/validation", "title": "x", "status": 422,
            "detail": "2 problems", "errors": [
                {"field": "language", "code": "invalid", "message": "must be nl, fr or en"},
                {"field": "name", "code": "made_up", "message": "is odd"}]});
        localize(&mut p, Language::Dutch);
        assert_eq!(p["detail"], "2 velden zijn ongeldig: zie errors");
        assert_eq!(
            p["errors"][0]["message"],
            "is ongeldig (must be nl, fr or en)"
        );
        assert_eq!(
            p["errors"][1]["message"], "is odd",
            "an unknown code stays as written"
        );
    }

    #[test]
    fn a_general_detail_is_written_in_the_language_a_specific_one_stays() {
        let mut p = json!({"type": "/problems/deadline-passed", "title": "x", "status": 409,
            "detail": "the deadline 2023-08-31T10:00:00+02:00 has passed",
            "deadline": "2023-08-31T10:00:00+02:00"});
        localize(&mut p, Language::French);
        assert_eq!(p["title"], "La date limite est dépassée");
        assert_eq!(
            p["detail"],
            "la date limite 2023-08-31T10:00:00+02:00 est dépassée"
        );
        let mut p = json!({"type": "/problems/conflict", "title": "x", "status": 409,
            "detail": "the organisation has an application in this call already"});
        localize(&mut p, Language::Dutch);
        assert_eq!(p["title"], "In strijd met de huidige toestand");
        assert_eq!(
            p["detail"],
            "the organisation has an application in this call already"
        );
    }

    /// Every problem type the code writes (the slugs in `error.rs` and the membership rules')
    /// has its title in every catalogue.
    #[test]
    fn every_problem_type_has_a_title_in_every_language() {
        let source = include_str!("error.rs");
        let mut slugs: Vec<String> = Vec::new();
        for (i, _) in source.match_indices("S::") {
            let rest = &source[i..(i + 120).min(source.len())];
            let literal = rest.split('"').nth(1).unwrap_or_default();
            if !literal.is_empty() && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                slugs.push(literal.to_owned());
            }
        }
        slugs.extend(
            [
                grantdesk_domain::MembershipError::RepresentativeMustHandOn,
                grantdesk_domain::MembershipError::AlreadyRepresentative,
                grantdesk_domain::MembershipError::AlreadyMember,
                grantdesk_domain::MembershipError::NotRepresentative { action: "x" },
            ]
            .iter()
            .map(|e| e.kind().to_owned()),
        );
        slugs.extend(["invitation-answered", "invitation-expired"].map(String::from));
        assert!(slugs.len() > 30, "{slugs:?}");
        for language in Language::ALL {
            for slug in &slugs {
                assert!(
                    say(language, &format!("title-{slug}"), &[]).is_some(),
                    "{slug} in {}",
                    language.as_str()
                );
            }
        }
    }
}
