//! Membership by consent (issue #12, item 2): nobody becomes a member without accepting an
//! invitation from their own account; the answer to an invitation never tells whether an
//! account has the address; members leave, the representative removes members and hands the
//! role on, and an organisation always keeps exactly one representative.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

/// The account id of the holder of `token`.
async fn id_of(app: &TestApp, token: &str) -> String {
    app.get("/api/v1/me", Some(token)).await.ok(200)["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// An applicant who signs up with `email`; their token.
async fn applicant_with(app: &TestApp, email: &str) -> String {
    let password = "a-long-applicant-password";
    app.sign_up(email, password, "Aanvrager").await.ok(201);
    app.token(email, password).await
}

/// The messages of one kind in the account outbox of the account with `email`.
async fn messages(app: &TestApp, email: &str, kind: &str) -> Vec<Value> {
    let (db, email, kind) = (app.db.clone(), email.to_owned(), kind.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut c = db.conn().expect("conn");
        let user = grantdesk_persistence::users::find_by_email(&mut c, &email)
            .unwrap()
            .expect("user");
        grantdesk_persistence::notifications::of_user(&mut c, user.id)
            .unwrap()
            .into_iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.payload)
            .collect()
    })
    .await
    .unwrap()
}

fn members_path(org: &str) -> String {
    format!("/api/v1/organisations/{org}/members")
}

async fn members(app: &TestApp, token: &str, org: &str) -> Vec<Value> {
    let res = app.get(&members_path(org), Some(token)).await;
    res.ok(200).as_array().expect("members").clone()
}

/// The members with role representative.
fn representatives(members: &[Value]) -> Vec<String> {
    members
        .iter()
        .filter(|m| m["role"] == "representative")
        .map(|m| m["user_id"].as_str().unwrap().to_owned())
        .collect()
}

async fn accept(app: &TestApp, token: &str, invitation: &str) -> Res {
    let path = format!("/api/v1/invitations/{invitation}/acceptance");
    app.post(&path, Some(token), json!({})).await
}

async fn decline(app: &TestApp, token: &str, invitation: &str) -> Res {
    let path = format!("/api/v1/invitations/{invitation}/refusal");
    app.post(&path, Some(token), json!({})).await
}

async fn end(app: &TestApp, token: &str, org: &str, user: &str) -> Res {
    let path = format!("{}/{user}", members_path(org));
    app.request(reqwest::Method::DELETE, &path, Some(token), None)
        .await
}

async fn hand_on(app: &TestApp, token: &str, org: &str, user: &str) -> Res {
    let path = format!("/api/v1/organisations/{org}/representative");
    app.put(&path, Some(token), json!({ "user_id": user }))
        .await
}

/// What the holder of `token` sees of the organisation and of one of its applications: the
/// statuses of `GET /organisations/{org}` and `GET /applications/{application}`, and how many
/// applications their listing holds.
async fn sight(app: &TestApp, token: &str, org: &str, application: &str) -> (u16, u16, i64) {
    let o = app
        .get(&format!("/api/v1/organisations/{org}"), Some(token))
        .await;
    let a = app
        .get(&format!("/api/v1/applications/{application}"), Some(token))
        .await;
    let listed = app.get("/api/v1/applications", Some(token)).await;
    let total = listed.ok(200)["total"].as_i64().unwrap();
    (o.status.as_u16(), a.status.as_u16(), total)
}

#[tokio::test]
async fn adding_someone_to_an_organisation_without_their_consent_is_not_possible() {
    // observed: POST /organisations/{B}/members {"email": <A's email>} → 201, and A saw B and
    // its applications without having accepted
    let (app, call, b) = open_call_and_member(call_with_form("CONSENT")).await;
    let draft = call.draft_lacking_the_form_by(&b).await;
    let a = applicant_with(&app, "a@aalst.be").await;

    let res = app
        .post(
            &members_path(&b.org),
            Some(&b.token),
            json!({"email": "a@aalst.be"}),
        )
        .await;
    assert!(
        [404, 405].contains(&res.status.as_u16()),
        "the route that added members is gone: {} {}",
        res.status,
        res.text
    );
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (404, 404, 0));

    // an invitation alone makes nobody a member either
    app.invite(&b.token, &b.org, "a@aalst.be").await.ok(202);
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (404, 404, 0));
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);
    let me = app.get("/api/v1/me", Some(&a)).await;
    assert_eq!(me.ok(200)["organisations"], json!([]));
}

#[tokio::test]
async fn the_answer_to_an_invitation_never_tells_whether_an_account_has_the_address() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let member = applicant_with(&app, "lid@genk.be").await;
    b.add_member(&member).await;
    applicant_with(&app, "bestaat@aalst.be").await;

    let existing = app.invite(&b.token, &b.org, "Bestaat@Aalst.BE").await;
    let unknown = app.invite(&b.token, &b.org, "niemand@aalst.be").await;
    let already_member = app.invite(&b.token, &b.org, "lid@genk.be").await;
    let again = app.invite(&b.token, &b.org, "bestaat@aalst.be").await;
    for res in [&existing, &unknown, &already_member, &again] {
        assert_eq!(res.status.as_u16(), 202, "{}", res.text);
        assert_eq!(
            res.text, existing.text,
            "the same words whatever the address"
        );
    }
    assert!(!existing.text.contains("aalst"), "{}", existing.text);

    // the account that has the address is told (once); the member is not invited again
    let told = messages(&app, "bestaat@aalst.be", "invitation").await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0]["organisation_id"], b.org.as_str());
    assert_eq!(told[0]["organisation_name"], "Stad Genk");
    let member_told = messages(&app, "lid@genk.be", "invitation").await;
    assert_eq!(
        member_told.len(),
        1,
        "only the invitation they accepted: {member_told:?}"
    );

    // the representative sees the two invitations pending (not the member's)
    let pending = app
        .get(
            &format!("/api/v1/organisations/{}/invitations", b.org),
            Some(&b.token),
        )
        .await;
    let mut emails: Vec<&str> = pending
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["email"].as_str().unwrap())
        .collect();
    emails.sort();
    assert_eq!(emails, ["bestaat@aalst.be", "niemand@aalst.be"]);

    // who signs up later with the unknown address finds the invitation waiting
    let later = applicant_with(&app, "niemand@aalst.be").await;
    let invitation = app.invitation_to(&later, &b.org).await;
    accept(&app, &later, &invitation).await.ok(201);
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 3);
}

#[tokio::test]
async fn an_accepted_invitation_makes_a_member_who_sees_the_organisation_and_its_applications() {
    let (app, call, b) = open_call_and_member(call_with_form("ACCEPT")).await;
    let draft = call.draft_lacking_the_form_by(&b).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let a_id = id_of(&app, &a).await;
    app.invite(&b.token, &b.org, "a@genk.be").await.ok(202);

    let pending = app.my_invitations(&a).await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0]["organisation_name"], "Stad Genk");
    assert_eq!(pending[0]["status"], "pending");
    let invitation = pending[0]["id"].as_str().unwrap().to_owned();
    let told = messages(&app, "a@genk.be", "invitation").await;
    assert_eq!(told[0]["invitation_id"], invitation.as_str());

    let joined = accept(&app, &a, &invitation).await;
    let joined = joined.ok(201);
    assert_eq!(joined["organisation_id"], b.org.as_str());
    assert_eq!(joined["user_id"], a_id.as_str());
    assert_eq!(joined["role"], "member");

    // the same token (its `orgs` claim is from before): visibility is read per request
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (200, 200, 1));
    let me = app.get("/api/v1/me", Some(&a)).await;
    assert_eq!(me.ok(200)["organisations"], json!([b.org]));
    let listed = members(&app, &a, &b.org).await;
    assert_eq!(listed.len(), 2);
    let b_id = id_of(&app, &b.token).await;
    for (id, role) in [(&a_id, "member"), (&b_id, "representative")] {
        let m = listed.iter().find(|m| m["user_id"] == id.as_str()).unwrap();
        assert_eq!(m["role"], role, "{listed:?}");
    }

    // once: answered now, no longer pending
    assert!(app.my_invitations(&a).await.is_empty());
    let twice = accept(&app, &a, &invitation).await;
    assert_eq!(
        twice.problem(409)["type"],
        "/problems/invitation-answered",
        "{}",
        twice.text
    );
}

#[tokio::test]
async fn a_declined_invitation_makes_no_member() {
    let (app, call, b) = open_call_and_member(call_with_form("DECLINE")).await;
    let draft = call.draft_lacking_the_form_by(&b).await;
    let a = applicant_with(&app, "a@genk.be").await;
    app.invite(&b.token, &b.org, "a@genk.be").await.ok(202);
    let invitation = app.invitation_to(&a, &b.org).await;

    let declined = decline(&app, &a, &invitation).await;
    assert_eq!(declined.ok(200)["status"], "declined");
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (404, 404, 0));
    assert!(app.my_invitations(&a).await.is_empty());
    let late = accept(&app, &a, &invitation).await;
    assert_eq!(late.problem(409)["type"], "/problems/invitation-answered");
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);
}

#[tokio::test]
async fn nobody_answers_an_invitation_addressed_to_someone_else() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let c = applicant_with(&app, "c@genk.be").await;
    app.invite(&b.token, &b.org, "a@genk.be").await.ok(202);
    let invitation = app.invitation_to(&a, &b.org).await;

    // not C's, not even the representative's: as if it did not exist
    for token in [&c, &b.token] {
        accept(&app, token, &invitation).await.problem(404);
        decline(&app, token, &invitation).await.problem(404);
    }
    assert!(app.my_invitations(&c).await.is_empty());
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);
    // and it is still A's to accept
    accept(&app, &a, &invitation).await.ok(201);
}

#[tokio::test]
async fn an_invitation_expires_after_fourteen_days() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let sent = app.invite(&b.token, &b.org, "a@genk.be").await;
    let expires_at: chrono::DateTime<chrono::Utc> = sent.ok(202)["expires_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(expires_at, app.clock_now() + chrono::Duration::days(14));
    let invitation = app.invitation_to(&a, &b.org).await;

    app.set_time(expires_at);
    assert!(app.my_invitations(&a).await.is_empty());
    let res = accept(&app, &a, &invitation).await;
    let problem = res.problem(409);
    assert_eq!(problem["type"], "/problems/invitation-expired");
    assert!(
        problem["detail"].as_str().unwrap().contains("new one"),
        "{problem}"
    );
    decline(&app, &a, &invitation).await.problem(409);
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);
    // a new invitation can be sent and accepted
    app.invite(&b.token, &b.org, "a@genk.be").await.ok(202);
    let renewed = app.invitation_to(&a, &b.org).await;
    accept(&app, &a, &renewed).await.ok(201);
}

#[tokio::test]
async fn only_the_representative_invites_and_withdraws_invitations() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let a = applicant_with(&app, "a@genk.be").await;
    b.add_member(&a).await;
    let invitations = format!("/api/v1/organisations/{}/invitations", b.org);

    let res = app.invite(&a, &b.org, "c@genk.be").await;
    assert_eq!(res.problem(403)["type"], "/problems/not-representative");
    app.get(&invitations, Some(&a)).await.problem(403);

    let c = applicant_with(&app, "c@genk.be").await;
    app.invite(&b.token, &b.org, "c@genk.be").await.ok(202);
    let invitation = app.invitation_to(&c, &b.org).await;
    let withdraw = format!("{invitations}/{invitation}");
    app.request(reqwest::Method::DELETE, &withdraw, Some(&a), None)
        .await
        .problem(403);
    let res = app
        .request(reqwest::Method::DELETE, &withdraw, Some(&b.token), None)
        .await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    assert!(app.my_invitations(&c).await.is_empty());
    let pending = app.get(&invitations, Some(&b.token)).await;
    assert_eq!(pending.ok(200), &json!([]));
    let res = accept(&app, &c, &invitation).await;
    assert_eq!(res.problem(409)["type"], "/problems/invitation-answered");
    // withdrawn once
    app.request(reqwest::Method::DELETE, &withdraw, Some(&b.token), None)
        .await
        .problem(409);
    // staff read members but invite nobody
    let admin = app.login(Role::Admin).await;
    app.invite(&admin, &b.org, "d@genk.be").await.problem(403);
    assert_eq!(members(&app, &admin, &b.org).await.len(), 2);
}

#[tokio::test]
async fn a_member_who_leaves_no_longer_sees_the_organisation_or_its_applications() {
    let (app, call, b) = open_call_and_member(call_with_form("LEAVE")).await;
    let draft = call.draft_lacking_the_form_by(&b).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let a_id = id_of(&app, &a).await;
    b.add_member(&a).await;
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (200, 200, 1));

    let res = end(&app, &a, &b.org, &a_id).await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    // the next request, with the same token
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (404, 404, 0));
    app.get(&members_path(&b.org), Some(&a)).await.problem(404);
    let me = app.get("/api/v1/me", Some(&a)).await;
    assert_eq!(me.ok(200)["organisations"], json!([]));
    end(&app, &a, &b.org, &a_id).await.problem(404);
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 1);

    // rejoining is a new membership; the ended one is kept
    b.add_member(&a).await;
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (200, 200, 1));
    let (db, org) = (app.db.clone(), b.org.parse().unwrap());
    let ended = tokio::task::spawn_blocking(move || {
        let mut c = db.conn().expect("conn");
        grantdesk_persistence::memberships::ended(&mut c, org).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(ended.len(), 1);
    assert_eq!(ended[0].user_id.to_string(), a_id);
    assert_eq!(ended[0].ended_by.to_string(), a_id);
    assert_eq!(ended[0].reason.as_str(), "left");
}

#[tokio::test]
async fn the_representative_hands_the_role_on_before_leaving() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let b_id = id_of(&app, &b.token).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let a_id = id_of(&app, &a).await;
    b.add_member(&a).await;
    assert_eq!(
        representatives(&members(&app, &a, &b.org).await),
        [b_id.as_str()]
    );

    let res = end(&app, &b.token, &b.org, &b_id).await;
    let problem = res.problem(409);
    assert_eq!(problem["type"], "/problems/representative-must-hand-on");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("/representative"),
        "the answer names the fix: {problem}"
    );

    // handing on: only to another current member, only by the representative
    let res = hand_on(&app, &a, &b.org, &a_id).await;
    assert_eq!(res.problem(403)["type"], "/problems/not-representative");
    let res = hand_on(&app, &b.token, &b.org, &b_id).await;
    assert_eq!(res.problem(409)["type"], "/problems/already-representative");
    let stranger = applicant_with(&app, "x@aalst.be").await;
    let stranger_id = id_of(&app, &stranger).await;
    let res = hand_on(&app, &b.token, &b.org, &stranger_id).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "user_id");

    let handed = hand_on(&app, &b.token, &b.org, &a_id).await;
    let listed = handed.ok(200).as_array().unwrap().clone();
    assert_eq!(representatives(&listed), [a_id.as_str()]);
    assert_eq!(listed.len(), 2, "the old representative stays a member");

    // now the old representative may leave, and the new one is the one who invites
    let res = end(&app, &b.token, &b.org, &b_id).await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    app.get(&format!("/api/v1/organisations/{}", b.org), Some(&b.token))
        .await
        .problem(404);
    let left = members(&app, &a, &b.org).await;
    assert_eq!(representatives(&left), [a_id.as_str()]);
    assert_eq!(left.len(), 1);
    app.invite(&a, &b.org, "c@genk.be").await.ok(202);
    // and the last one, the representative, cannot leave
    end(&app, &a, &b.org, &a_id).await.problem(409);
}

#[tokio::test]
async fn the_representative_removes_a_member_who_is_told() {
    let (app, call, b) = open_call_and_member(call_with_form("REMOVE")).await;
    let draft = call.draft_lacking_the_form_by(&b).await;
    let b_id = id_of(&app, &b.token).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let a_id = id_of(&app, &a).await;
    let c = applicant_with(&app, "c@genk.be").await;
    let c_id = id_of(&app, &c).await;
    b.add_member(&a).await;
    b.add_member(&c).await;

    // a member removes nobody, least of all the representative
    let res = end(&app, &c, &b.org, &a_id).await;
    assert_eq!(res.problem(403)["type"], "/problems/not-representative");
    end(&app, &c, &b.org, &b_id).await.problem(403);
    // someone who is not a member: 404
    let stranger = applicant_with(&app, "x@aalst.be").await;
    let stranger_id = id_of(&app, &stranger).await;
    end(&app, &b.token, &b.org, &stranger_id).await.problem(404);
    end(&app, &stranger, &b.org, &a_id).await.problem(404);

    let res = end(&app, &b.token, &b.org, &a_id).await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    assert_eq!(sight(&app, &a, &b.org, &draft.id).await, (404, 404, 0));
    assert_eq!(sight(&app, &c, &b.org, &draft.id).await, (200, 200, 1));
    let told = messages(&app, "a@genk.be", "membership_ended").await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0]["organisation_id"], b.org.as_str());
    assert_eq!(told[0]["reason"], "removed");
    assert!(messages(&app, "c@genk.be", "membership_ended")
        .await
        .is_empty());
    let mut remaining: Vec<String> = members(&app, &b.token, &b.org)
        .await
        .iter()
        .map(|m| m["user_id"].as_str().unwrap().to_owned())
        .collect();
    remaining.sort();
    let mut expected = [b_id, c_id];
    expected.sort();
    assert_eq!(remaining, expected);
}

#[tokio::test]
async fn an_organisation_always_has_exactly_one_representative() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let b_id = id_of(&app, &b.token).await;
    let mut ids = vec![b_id.clone()];
    let mut tokens = vec![b.token.clone()];
    for n in 0..3 {
        let t = applicant_with(&app, &format!("lid{n}@genk.be")).await;
        ids.push(id_of(&app, &t).await);
        b.add_member(&t).await;
        tokens.push(t);
    }
    // the role goes round: each representative hands on to the next, and every step leaves one
    for i in 0..ids.len() {
        let next = (i + 1) % ids.len();
        hand_on(&app, &tokens[i], &b.org, &ids[next]).await.ok(200);
        let listed = members(&app, &tokens[0], &b.org).await;
        assert_eq!(representatives(&listed), [ids[next].as_str()], "{listed:?}");
        assert_eq!(listed.len(), ids.len());
    }

    // the database holds the line too: no second representative, no membership that ends
    // without its record
    let (db, org, user) = (app.db.clone(), b.org.clone(), ids[2].clone());
    let (second, unrecorded) = tokio::task::spawn_blocking(move || {
        use diesel::RunQueryDsl;
        let mut c = db.conn().expect("conn");
        let second = diesel::sql_query(format!(
            "UPDATE memberships SET role = 'representative' WHERE organisation_id = '{org}' \
             AND user_id = '{user}'"
        ))
        .execute(&mut **c);
        let unrecorded = diesel::sql_query(format!(
            "DELETE FROM memberships WHERE organisation_id = '{org}' AND user_id = '{user}'"
        ))
        .execute(&mut **c);
        (second, unrecorded)
    })
    .await
    .unwrap();
    assert!(second.is_err(), "a second representative: {second:?}");
    assert!(unrecorded.is_err(), "an unrecorded end: {unrecorded:?}");
    assert_eq!(members(&app, &b.token, &b.org).await.len(), 4);
}

#[tokio::test]
async fn every_change_of_membership_is_audited() {
    let app = spawn_app().await;
    let b = app.with_member("Stad Genk", 1).await;
    let b_id = id_of(&app, &b.token).await;
    let a = applicant_with(&app, "a@genk.be").await;
    let a_id = id_of(&app, &a).await;
    let c = applicant_with(&app, "c@genk.be").await;
    let c_id = id_of(&app, &c).await;
    b.add_member(&a).await;
    app.invite(&b.token, &b.org, "c@genk.be").await.ok(202);
    let declined = app.invitation_to(&c, &b.org).await;
    decline(&app, &c, &declined).await.ok(200);
    app.invite(&b.token, &b.org, "c@genk.be").await.ok(202);
    let withdrawn = app.invitation_to(&c, &b.org).await;
    let path = format!("/api/v1/organisations/{}/invitations/{withdrawn}", b.org);
    app.request(reqwest::Method::DELETE, &path, Some(&b.token), None)
        .await;
    b.add_member(&c).await;
    hand_on(&app, &b.token, &b.org, &a_id).await.ok(200);
    end(&app, &a, &b.org, &c_id).await; // the new representative removes c
    end(&app, &b.token, &b.org, &b_id).await; // b leaves

    let auditor = app.login(Role::Auditor).await;
    let res = app
        .get(
            &format!(
                "/api/v1/audit?target_type=organisation&target_id={}&per_page=100",
                b.org
            ),
            Some(&auditor),
        )
        .await;
    let trail = res.ok(200)["items"].as_array().unwrap().clone();
    let steps: Vec<(&str, &str)> = trail
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap(),
                r["actor"].as_str().unwrap().trim_start_matches("user:"),
            )
        })
        .collect();
    let (b_, a_, c_) = (b_id.as_str(), a_id.as_str(), c_id.as_str());
    assert_eq!(
        steps,
        [
            ("organisation.create", b_),
            ("organisation.invite", b_),
            ("organisation.join", a_),
            ("organisation.invite", b_),
            ("organisation.decline_invitation", c_),
            ("organisation.invite", b_),
            ("organisation.withdraw_invitation", b_),
            ("organisation.invite", b_),
            ("organisation.join", c_),
            ("organisation.hand_on", b_),
            ("organisation.remove_member", a_),
            ("organisation.leave", b_),
        ]
    );
    let hand = &trail[9];
    assert_eq!(hand["before"]["representative"], b_);
    assert_eq!(hand["after"]["representative"], a_);
    let removed = &trail[10];
    assert_eq!(removed["before"]["user_id"], c_);
    assert_eq!(removed["after"]["end_reason"], "removed");
    assert_eq!(trail[11]["after"]["end_reason"], "left");
    assert_eq!(trail[1]["after"]["email"], "a@genk.be");
    let chain = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert!(chain.status.is_success(), "{}", chain.text);
}

/// Organisations that existed before membership by consent (issue #12, item 2) got a
/// representative from the migration: their earliest member (the lower user id on a tie), and
/// each stayed with every member it had; organisations from before verification (item 1) became
/// unverified claims.
#[test]
fn the_migration_makes_each_existing_organisations_earliest_member_its_representative() {
    use diesel::migration::MigrationSource;
    use diesel::RunQueryDsl;
    use diesel_migrations::{FileBasedMigrations, MigrationHarness};
    use grantdesk_persistence::DbConn;

    let (url, _guard) = fresh_database();
    let db = grantdesk_persistence::Db::connect(&url, 2).expect("connect");
    let mut conn = db.conn().expect("conn");
    let folder = if on_postgres() { "postgres" } else { "sqlite" };
    let source = FileBasedMigrations::from_path(format!("migrations/{folder}")).expect("folder");
    // the migrations up to (not including) the first of issue #12
    const FIRST_OF_TRUST: &str = "2026-12-02-100000";
    fn run_before<C, DB>(c: &mut C, source: &FileBasedMigrations)
    where
        DB: diesel::backend::Backend,
        C: MigrationHarness<DB>,
        FileBasedMigrations: MigrationSource<DB>,
    {
        // creates diesel's table of applied migrations
        assert!(c.applied_migrations().expect("applied").is_empty());
        let mut all = MigrationSource::<DB>::migrations(source).expect("migrations");
        all.sort_by_key(|m| m.name().to_string());
        for m in all
            .iter()
            .filter(|m| m.name().to_string().as_str() < FIRST_OF_TRUST)
        {
            c.run_migration(m.as_ref()).expect("an earlier migration");
        }
    }
    match &mut **conn {
        DbConn::Pg(c) => run_before(c, &source),
        DbConn::Sqlite(c) => run_before(c, &source),
    }

    // users 1..4; organisation A: member 2 at 10:00, member 1 at 11:00; B: member 1 alone;
    // C: members 4 and 3 at the same instant; D: no member (the self-signup that failed)
    let user = |n: u32| format!("00000000-0000-4000-8000-00000000000{n}");
    let org = |n: u32| format!("00000000-0000-4000-9000-00000000000{n}");
    let mut sql = Vec::new();
    for n in 1..=4 {
        sql.push(format!(
            "INSERT INTO users (id, email, password_hash, role, display_name, created_at) \
             VALUES ('{}', 'u{n}@genk.be', 'x', 'applicant', 'U{n}', '2023-01-01 08:00:00')",
            user(n)
        ));
    }
    for n in 1..=4 {
        sql.push(format!(
            "INSERT INTO organisations (id, name, kbo, kind, street, postal_code, city, country, \
             created_by, created_at) VALUES ('{}', 'O{n}', '{}', 'local_government', 'S 1', \
             '3600', 'Genk', 'BE', '{}', '2023-01-01 09:00:00')",
            org(n),
            kbo(900 + n),
            user(1)
        ));
    }
    for (o, u, at) in [
        (1, 2, "10:00:00"),
        (1, 1, "11:00:00"),
        (2, 1, "09:00:00"),
        (3, 4, "12:00:00"),
        (3, 3, "12:00:00"),
    ] {
        sql.push(format!(
            "INSERT INTO memberships (organisation_id, user_id, added_by, added_at) \
             VALUES ('{}', '{}', '{}', '2023-01-01 {at}')",
            org(o),
            user(u),
            user(u)
        ));
    }
    for statement in &sql {
        diesel::sql_query(statement)
            .execute(&mut **conn)
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    grantdesk_persistence::db::migrate(&mut conn).expect("the rest of the migrations");

    #[derive(diesel::QueryableByName, Debug, PartialEq)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        organisation_id: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        user_id: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        role: String,
    }
    let rows: Vec<Row> = diesel::sql_query(
        "SELECT organisation_id, user_id, role FROM memberships \
         ORDER BY organisation_id, user_id",
    )
    .load(&mut **conn)
    .expect("memberships");
    let row = |o: u32, u: u32, role: &str| Row {
        organisation_id: org(o),
        user_id: user(u),
        role: role.into(),
    };
    assert_eq!(
        rows,
        [
            row(1, 1, "member"),
            row(1, 2, "representative"),
            row(2, 1, "representative"),
            row(3, 3, "representative"),
            row(3, 4, "member"),
        ]
    );
    #[derive(diesel::QueryableByName)]
    struct Status {
        #[diesel(sql_type = diesel::sql_types::Text)]
        verification_status: String,
    }
    let statuses: Vec<Status> = diesel::sql_query("SELECT verification_status FROM organisations")
        .load(&mut **conn)
        .expect("organisations");
    assert_eq!(statuses.len(), 4);
    assert!(statuses
        .iter()
        .all(|s| s.verification_status == "unverified"));
}

/// The representative hands the role on to a member at the moment that member leaves: either
/// the hand-on comes first (and the new representative cannot leave) or the leave does (and
/// the hand-on finds no such member). Never an organisation without a representative, never a
/// representative who is not a member, never a 500.
#[tokio::test]
async fn handing_the_role_on_to_a_member_who_leaves_at_that_moment_leaves_one_representative() {
    let app = spawn_app().await;
    for round in 0..8 {
        let b = app
            .with_member(&format!("Gemeente Ee {round}"), round)
            .await;
        let b_id = id_of(&app, &b.token).await;
        let a = applicant_with(&app, &format!("a{round}@ee.be")).await;
        let a_id = id_of(&app, &a).await;
        b.add_member(&a).await;

        let (handed, left) = tokio::join!(
            hand_on(&app, &b.token, &b.org, &a_id),
            end(&app, &a, &b.org, &a_id)
        );
        let listed = members(&app, &b.token, &b.org).await;
        match (handed.status.as_u16(), left.status.as_u16()) {
            (200, 409) => {
                assert_eq!(
                    left.problem(409)["type"],
                    "/problems/representative-must-hand-on"
                );
                assert_eq!(representatives(&listed), [a_id.as_str()], "round {round}");
                assert_eq!(listed.len(), 2);
            }
            (422, 204) | (404, 204) => {
                assert_eq!(representatives(&listed), [b_id.as_str()], "round {round}");
                assert_eq!(listed.len(), 1);
            }
            other => panic!("round {round}: {other:?}: {} / {}", handed.text, left.text),
        }
    }
}
