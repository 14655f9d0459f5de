//! Least privilege and the headers that keep data where it belongs (issue #12): a reviewer sees
//! only what its assignments need, responses to a signed-in request are never cached, the API
//! docs cannot be framed.

mod common;

use common::*;
use serde_json::json;

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .unwrap_or_else(|| panic!("no {name} on {}", res.url()))
        .to_str()
        .expect("text")
}

#[tokio::test]
async fn a_reviewer_sees_only_the_organisations_its_assignments_need_and_never_their_members() {
    let s = call_in_assessment(applications(2).all_eligible()).await;
    let lead = |i: usize| {
        let s = &s;
        async move {
            s.read(&s.apps[i], &s.admin).await.ok(200)["lead_organisation"]["id"]
                .as_str()
                .expect("lead")
                .to_owned()
        }
    };
    let (org0, org1) = (lead(0).await, lead(1).await);
    let organisation = |id: &str| format!("/api/v1/organisations/{id}");
    let members = |id: &str| format!("/api/v1/organisations/{id}/members");

    // observed: a reviewer with no assignment read the members (and their e-mail addresses)
    let (_, idle) = s.reviewer(json!([])).await;
    for org in [&org0, &org1] {
        s.app.get(&members(org), Some(&idle)).await.problem(404);
        s.app
            .get(&organisation(org), Some(&idle))
            .await
            .problem(404);
    }
    let listed = s.app.get("/api/v1/organisations", Some(&idle)).await;
    assert_eq!(listed.ok(200)["total"], 0, "{}", listed.text);

    // assigned to the second application: its lead organisation, never its members
    let (assigned, token) = s.reviewer(json!([])).await;
    s.assignment(&s.apps[1], &assigned).await;
    // the organisation as its assessment needs it: not how staff verified it (the evidence
    // names the person who represents it)
    let seen = s.app.get(&organisation(&org1), Some(&token)).await;
    assert_eq!(seen.ok(200)["id"], org1.as_str());
    assert!(seen.ok(200).get("verification").is_none(), "{}", seen.text);
    let staff = s.app.get(&organisation(&org1), Some(&s.admin)).await;
    assert_eq!(staff.ok(200)["verification"]["status"], "verified");
    let res = s.app.get(&members(&org1), Some(&token)).await;
    res.problem(404);
    assert!(!res.text.contains("@test.example"), "{}", res.text);
    s.app
        .get(&organisation(&org0), Some(&token))
        .await
        .problem(404);
    let listed = s.app.get("/api/v1/organisations", Some(&token)).await;
    let listed = listed.ok(200);
    assert_eq!(listed["total"], 1, "{listed}");
    assert_eq!(listed["items"][0]["id"], org1.as_str());
    assert!(listed["items"][0].get("verification").is_none(), "{listed}");

    // affiliated with the first lead (an automatic conflict): nothing of it
    let (conflicted, conflicted_token) = s.reviewer(json!([kbo(500)])).await;
    s.assignment(&s.apps[1], &conflicted).await;
    s.app
        .get(&members(&org0), Some(&conflicted_token))
        .await
        .problem(404);
    s.app
        .get(&organisation(&org0), Some(&conflicted_token))
        .await
        .problem(404);

    // a declared conflict ends what the assignment showed
    let (declaring, declaring_token) = s.reviewer(json!([])).await;
    let assignment = s.assignment(&s.apps[0], &declaring).await;
    s.app
        .get(&organisation(&org0), Some(&declaring_token))
        .await
        .ok(200);
    s.declare_conflict(&declaring_token, &assignment, "Mijn zus werkt daar")
        .await
        .ok(200);
    s.app
        .get(&organisation(&org0), Some(&declaring_token))
        .await
        .problem(404);

    // the organisation's own member, admins and auditors still see the members
    let auditor = s.app.login(grantdesk_api::auth::Role::Auditor).await;
    for token in [&s.applicant, &s.admin, &auditor] {
        let res = s.app.get(&members(&org0), Some(token)).await;
        assert!(
            !res.ok(200).as_array().expect("members").is_empty(),
            "{}",
            res.text
        );
    }
}

#[tokio::test]
async fn every_response_to_a_signed_in_request_is_no_store() {
    let (app, call, genk) = open_call_and_member(call_with_form("NOSTORE")).await;
    let draft = call.complete_draft_by(&genk).await;
    let annex = draft
        .upload("annex", "bijlage.pdf", TINY_PDF.to_vec())
        .await;
    let annex = annex.ok(201)["id"].as_str().expect("id").to_owned();
    let paths = [
        "/api/v1/me".to_owned(),
        format!("/api/v1/organisations/{}", genk.org),
        draft.path(),
        call.applications_path(),
        format!("{}/attachments/{annex}", draft.path()),
        // refusals too
        format!("/api/v1/applications/{}", uuid::Uuid::new_v4()),
        "/api/v1/ledger/accounts".to_owned(),
    ];
    for path in &paths {
        let res = app.get_raw(path, &genk.token).await;
        assert_eq!(
            header(&res, "cache-control"),
            "no-store",
            "{path} answered {}",
            res.status()
        );
        // and no browser guesses another type than the one given (downloads included)
        assert_eq!(header(&res, "x-content-type-options"), "nosniff", "{path}");
    }
    // a bad token is credentials too
    let res = app.get_raw("/api/v1/me", "not-a-token").await;
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(header(&res, "cache-control"), "no-store");
    // a public page read without credentials may be cached
    let res = app
        .client
        .get(format!("{}/api/v1/calls", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.headers().get("cache-control").is_none());
}

#[tokio::test]
async fn the_docs_have_a_content_security_policy_and_cannot_be_framed() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(format!("{}/docs/", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let csp = header(&res, "content-security-policy").to_owned();
    for directive in [
        "frame-ancestors 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} missing in {csp}");
    }
    // the page's scripts are files of this server, so the policy lets them run (CI renders the
    // page in headless Chromium too)
    let page = res.text().await.unwrap();
    let scripts: Vec<&str> = page.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "{page}");
    for script in scripts {
        let tag = &script[..script.find('>').expect("tag")];
        assert!(
            tag.contains("src="),
            "an inline script in the docs: <script{tag}>"
        );
    }
    // the API's own responses load nothing and are not framed either
    let res = app
        .client
        .get(format!("{}/api/v1/calls", app.base))
        .send()
        .await
        .unwrap();
    let csp = header(&res, "content-security-policy");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}
