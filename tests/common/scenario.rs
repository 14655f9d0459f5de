//! Scenario builders: the worlds tests start from, so that a test states only what is
//! particular to it.
//!
//! - [`TestApp::with_opened_call`]: a call (with its criteria) through its gates and open, with
//!   the admin and the finance officer who opened it;
//! - [`TestApp::with_member`]: an applicant with an organisation of their own (its
//!   representative); [`TestApp::add_member`] invites another into it, who accepts;
//! - [`open_call_and_member`]: both on a fresh server, the start of most application stories;
//! - [`OpenCall::draft_by`], [`OpenCall::draft_lacking_the_form_by`],
//!   [`OpenCall::complete_draft_by`], [`OpenCall::submitted_by`]: a draft, one complete but for
//!   its required attachment, a complete one ready to submit, or one submitted with its receipt,
//!   as an [`Application`] its member acts on;
//! - [`call_in_assessment`] ([`TestApp::with_call_in_assessment`] on a fresh server): a call
//!   with criteria, `n` applications submitted, the deadline passed and the assessment started
//!   (optionally all screened eligible), with the steps of the selection up to the decided call
//!   as methods ([`CallInAssessment`]).
//!
//! Each scenario holds a handle to the server ([`TestApp`] is cheap to clone). Every scenario
//! sets the test clock as its story goes (see [`opening_day`] and the other instants below); a
//! test that needs another moment sets it after the scenario is built.

use chrono::{DateTime, Utc};
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

use super::{
    brussels, complete_application, kbo, reference_call, spawn_app, Res, TestApp, TINY_PDF,
};

/// When scenarios open their calls: 10 July 2023 09:00 Brussels, after the reference call's
/// last gate (7 July).
pub fn opening_day() -> DateTime<Utc> {
    brussels(2023, 7, 10, 9, 0, 0)
}

/// Where [`TestApp::with_opened_call`] leaves the clock: 1 August 2023 12:00 Brussels, while the
/// reference call takes applications.
pub fn while_open() -> DateTime<Utc> {
    brussels(2023, 8, 1, 12, 0, 0)
}

/// The reference call's deadline: 31 August 2023 10:00 Brussels.
pub fn deadline() -> DateTime<Utc> {
    brussels(2023, 8, 31, 10, 0, 0)
}

/// When [`TestApp::with_call_in_assessment`] starts the assessment: 1 September 2023 09:00
/// Brussels, after the deadline.
pub fn assessment_day() -> DateTime<Utc> {
    brussels(2023, 9, 1, 9, 0, 0)
}

/// The content of [`complete_application`] as an edit sends it: without the organisation.
pub fn complete_content() -> Value {
    let mut content = complete_application("");
    content
        .as_object_mut()
        .expect("an object")
        .remove("organisation_id");
    content
}

/// A call open for applications, and the staff who opened it.
pub struct OpenCall {
    pub app: TestApp,
    pub id: String,
    pub admin: String,
    pub finance: String,
}

/// An applicant and the organisation they registered.
pub struct Member {
    pub app: TestApp,
    pub token: String,
    pub org: String,
    /// The organisation's enterprise number.
    pub kbo: String,
}

/// An application, acted on by the member whose token it holds.
pub struct Application {
    pub app: TestApp,
    pub id: String,
    pub token: String,
    /// What the server answered when the draft was created.
    pub created: Value,
}

impl TestApp {
    /// An admin and a finance officer sign in, fund and open `definition` on the
    /// [`opening_day`] (every call opens only with criteria: the definition must carry them, as
    /// [`reference_call`] does); the clock is then left at [`while_open`].
    pub async fn with_opened_call(&self, definition: Value) -> OpenCall {
        let admin = self.login(Role::Admin).await;
        let finance = self.login(Role::Finance).await;
        self.set_time(opening_day());
        let id = self.open_call(&admin, &finance, definition).await;
        self.set_time(while_open());
        OpenCall {
            app: self.clone(),
            id,
            admin,
            finance,
        }
    }

    /// The representative (`token`) of grant `grant`'s organisation accepts it, as every grant
    /// must be before it is paid.
    pub async fn accept_grant(&self, token: &str, grant: &str) {
        let path = format!("/api/v1/grants/{grant}/acceptance");
        let res = self
            .post(&path, Some(token), json!({"answer": "accept"}))
            .await;
        assert_eq!(res.ok(200)["acceptance"]["status"], "accepted");
    }

    /// An applicant signs up and registers the organisation `name` with enterprise number
    /// `kbo(n)`.
    pub async fn with_member(&self, name: &str, n: u32) -> Member {
        let token = self.applicant().await;
        let kbo = kbo(n);
        let org = self.organisation(&token, name, &kbo).await;
        Member {
            app: self.clone(),
            token,
            org,
            kbo,
        }
    }
}

/// A fresh server with `definition` opened ([`TestApp::with_opened_call`]: the clock is left at
/// [`while_open`]) and a member of "Stad Genk" (`kbo(1)`).
pub async fn open_call_and_member(definition: Value) -> (TestApp, OpenCall, Member) {
    let app = spawn_app().await;
    let call = app.with_opened_call(definition).await;
    let member = app.with_member("Stad Genk", 1).await;
    (app, call, member)
}

impl Member {
    /// Invites the holder of `token` into the organisation, as this member (its
    /// representative), and accepts as them: [`TestApp::add_member`].
    pub async fn add_member(&self, token: &str) {
        self.app.add_member(&self.token, &self.org, token).await;
    }
}

impl TestApp {
    /// The e-mail address of the account holding `token` (from `GET /me`).
    pub async fn email_of(&self, token: &str) -> String {
        let me = self.get("/api/v1/me", Some(token)).await;
        me.ok(200)["email"].as_str().expect("email").to_owned()
    }

    /// Asks to invite `email` into `org` as the holder of `token`; the answer as it is.
    pub async fn invite(&self, token: &str, org: &str, email: &str) -> Res {
        let path = format!("/api/v1/organisations/{org}/invitations");
        self.post(&path, Some(token), json!({ "email": email }))
            .await
    }

    /// The pending invitations of the holder of `token` (200 asserted).
    pub async fn my_invitations(&self, token: &str) -> Vec<Value> {
        let res = self.get("/api/v1/me/invitations", Some(token)).await;
        res.ok(200).as_array().expect("invitations").clone()
    }

    /// The id of the pending invitation into `org` of the holder of `token` (asserted there).
    pub async fn invitation_to(&self, token: &str, org: &str) -> String {
        let pending = self.my_invitations(token).await;
        let found = pending
            .iter()
            .find(|i| i["organisation_id"] == org)
            .unwrap_or_else(|| panic!("no pending invitation into {org}: {pending:?}"));
        found["id"].as_str().expect("id").to_owned()
    }

    /// Membership by consent, in one step: the representative (`rep_token`) invites the holder
    /// of `member_token` into `org` (202), who accepts (201).
    pub async fn add_member(&self, rep_token: &str, org: &str, member_token: &str) {
        let email = self.email_of(member_token).await;
        self.invite(rep_token, org, &email).await.ok(202);
        let invitation = self.invitation_to(member_token, org).await;
        let path = format!("/api/v1/invitations/{invitation}/acceptance");
        self.post(&path, Some(member_token), json!({}))
            .await
            .ok(201);
    }
}

impl OpenCall {
    /// `/api/v1/calls/{id}`.
    pub fn path(&self) -> String {
        format!("/api/v1/calls/{}", self.id)
    }

    /// `/api/v1/calls/{id}/applications`, where drafts are created.
    pub fn applications_path(&self) -> String {
        format!("/api/v1/calls/{}/applications", self.id)
    }

    /// Asks to create a draft with `body` as the holder of `token`; the answer as it is.
    pub async fn create_draft(&self, token: &str, body: Value) -> Res {
        self.app
            .post(&self.applications_path(), Some(token), body)
            .await
    }

    /// A draft of `body` by `member` (201 asserted).
    pub async fn draft_by(&self, member: &Member, body: Value) -> Application {
        let created = self.create_draft(&member.token, body).await.ok(201).clone();
        Application {
            app: self.app.clone(),
            id: created["id"].as_str().expect("id").to_owned(),
            token: member.token.clone(),
            created,
        }
    }

    /// A draft of [`complete_application`] by `member`: complete but for the application form
    /// the call requires as an attachment.
    pub async fn draft_lacking_the_form_by(&self, member: &Member) -> Application {
        self.draft_by(member, complete_application(&member.org))
            .await
    }

    /// A draft of [`complete_application`] by `member` with its application form attached:
    /// ready to submit.
    pub async fn complete_draft_by(&self, member: &Member) -> Application {
        let draft = self.draft_lacking_the_form_by(member).await;
        draft.attach_form().await;
        draft
    }

    /// A complete draft by `member`, submitted (201 asserted): the application and its receipt.
    pub async fn submitted_by(&self, member: &Member) -> (Application, Value) {
        let application = self.complete_draft_by(member).await;
        let receipt = application.submit().await.ok(201).clone();
        (application, receipt)
    }

    /// Asks a question about the call as the holder of `token`; the answer as it is.
    pub async fn ask(&self, token: &str, question: &str) -> Res {
        let path = format!("{}/questions", self.path());
        let body = json!({ "question": question });
        self.app.post(&path, Some(token), body).await
    }

    /// Answers a question (`{"answer": ..., "publish": ...}`) as the admin; the answer as it is.
    pub async fn answer(&self, question: &str, answer: Value) -> Res {
        let path = format!("/api/v1/questions/{question}/answer");
        self.app.post(&path, Some(&self.admin), answer).await
    }

    /// Starts the assessment as the admin; the answer as it is.
    pub async fn start_assessment(&self) -> Res {
        let path = format!("{}/assessment", self.path());
        self.app.post(&path, Some(&self.admin), json!({})).await
    }
}

impl Application {
    /// `/api/v1/applications/{id}`.
    pub fn path(&self) -> String {
        format!("/api/v1/applications/{}", self.id)
    }

    /// The application as its member reads it.
    pub async fn read(&self) -> Res {
        self.app.get(&self.path(), Some(&self.token)).await
    }

    /// Replaces its content (an edit).
    pub async fn edit(&self, content: Value) -> Res {
        self.app.put(&self.path(), Some(&self.token), content).await
    }

    /// Uploads an attachment.
    pub async fn upload(&self, kind: &str, name: &str, content: Vec<u8>) -> Res {
        self.app
            .upload(&self.token, &self.id, kind, name, content)
            .await
    }

    /// Attaches the application form `aanvraag.pdf` (201 asserted); returns the attachment.
    pub async fn attach_form(&self) -> Value {
        self.upload("application_form", "aanvraag.pdf", TINY_PDF.to_vec())
            .await
            .ok(201)
            .clone()
    }

    /// Posts `{}` to `/api/v1/applications/{id}/{action}` as its member.
    pub async fn act(&self, action: &str) -> Res {
        let path = format!("{}/{action}", self.path());
        self.app.post(&path, Some(&self.token), json!({})).await
    }

    pub async fn submit(&self) -> Res {
        self.act("submit").await
    }

    pub async fn revise(&self) -> Res {
        self.act("revise").await
    }

    pub async fn withdraw(&self) -> Res {
        self.act("withdraw").await
    }

    /// Its receipts, as its member lists them (200 asserted).
    pub async fn receipts(&self) -> Vec<Value> {
        self.app
            .get(&format!("{}/receipts", self.path()), Some(&self.token))
            .await
            .ok(200)
            .as_array()
            .expect("a list")
            .clone()
    }
}

/// What [`TestApp::with_call_in_assessment`] builds; see [`applications`].
pub struct AssessmentPlan {
    applications: u32,
    budget: String,
    requested: String,
    cap: Option<String>,
    tracks: Value,
    all_eligible: bool,
    verified: bool,
    after_decision: Option<Value>,
    aid: Option<Value>,
    declarations: std::collections::BTreeMap<u32, Value>,
    reference: String,
    first_kbo: u32,
}

/// `n` applications each requesting 50,000.00 from a call of 750,000.00 with one track and no
/// cap per project; change what matters to a test with the plan's methods.
pub fn applications(n: u32) -> AssessmentPlan {
    AssessmentPlan {
        applications: n,
        budget: "750000.00".to_owned(),
        requested: "50000.00".to_owned(),
        cap: None,
        tracks: json!([{"name": "Eén-op-één ondersteuning"}]),
        all_eligible: false,
        verified: true,
        after_decision: None,
        aid: None,
        declarations: Default::default(),
        reference: "SEL23".to_owned(),
        first_kbo: 500,
    }
}

impl AssessmentPlan {
    /// What each application requests (one budget line).
    pub fn requesting(mut self, amount: &str) -> Self {
        self.requested = amount.to_owned();
        self
    }

    /// The call's budget.
    pub fn budget(mut self, amount: &str) -> Self {
        self.budget = amount.to_owned();
        self
    }

    /// The call's cap per project.
    pub fn cap(mut self, amount: &str) -> Self {
        self.cap = Some(amount.to_owned());
        self
    }

    /// The call's tracks (every application is on the first).
    pub fn tracks(mut self, tracks: Value) -> Self {
        self.tracks = tracks;
        self
    }

    /// What the call's grants are under the state-aid rules (`aid`).
    pub fn aid(mut self, settings: Value) -> Self {
        self.aid = Some(settings);
        self
    }

    /// Another call than "SEL23" in the same installation: its reference, and the first of its
    /// organisations' enterprise numbers (`kbo(first_kbo + i)`, new organisations).
    pub fn named(mut self, reference: &str, first_kbo: u32) -> Self {
        self.reference = reference.to_owned();
        self.first_kbo = first_kbo;
        self
    }

    /// Application `i` declares this other de minimis aid (`aid_declarations`); in a call
    /// with a ceiling the others declare none (`[]`).
    pub fn declaring(mut self, i: u32, declarations: Value) -> Self {
        self.declarations.insert(i, declarations);
        self
    }

    /// What the call sets for the time after its decision (`after_decision`).
    pub fn after_decision(mut self, settings: Value) -> Self {
        self.after_decision = Some(settings);
        self
    }

    /// Screens every application eligible once the assessment has started.
    pub fn all_eligible(mut self) -> Self {
        self.all_eligible = true;
        self
    }

    /// Leaves the organisations unverified claims (by default staff verify each, so that its
    /// grant can be paid).
    pub fn unverified(mut self) -> Self {
        self.verified = false;
        self
    }
}

/// A call in assessment and its submitted applications, with the staff who run it.
pub struct CallInAssessment {
    pub app: TestApp,
    pub admin: String,
    pub finance: String,
    /// The call's id.
    pub call: String,
    /// The one applicant who is a member of every applying organisation.
    pub applicant: String,
    /// The application ids in submission order.
    pub apps: Vec<String>,
    /// Their lead organisations' ids, in the same order.
    pub orgs: Vec<String>,
}

/// A decision to select, awarding `awarded`.
pub fn selected(awarded: &str, motivation: &str) -> Value {
    json!({"kind": "selected", "awarded": awarded, "motivation": motivation})
}

/// A decision to keep in reserve.
pub fn reserve(motivation: &str) -> Value {
    json!({"kind": "reserve", "motivation": motivation})
}

/// A decision to reject.
pub fn rejected(motivation: &str) -> Value {
    json!({"kind": "rejected", "motivation": motivation})
}

/// A screening verdict: eligible.
pub fn eligible() -> Value {
    json!({"verdict": "eligible"})
}

/// A screening verdict: not eligible, for `reason`.
pub fn not_eligible(reason: &str) -> Value {
    json!({"verdict": "not_eligible", "reason": reason})
}

impl TestApp {
    /// The call "SEL23": the reference call with one required question and two criteria
    /// (expertise: weight 3, maximum 10; approach: weight 1, maximum 5), opened as in
    /// [`TestApp::with_opened_call`]. One applicant registers an organisation per application
    /// ("Stad {i}", `kbo(500 + i)`, verified by staff unless the plan says otherwise, with one
    /// partner, `kbo(900 + i)`) and drafts "Project {i}"
    /// on 20 August 2023 09:00; the first carries an annex (for reviewers to download); the
    /// receipts are one minute apart, in order. On the [`assessment_day`] the assessment starts.
    pub async fn with_call_in_assessment(&self, plan: AssessmentPlan) -> CallInAssessment {
        let mut definition = reference_call(&plan.reference);
        definition["budget"] = json!(plan.budget);
        definition["tracks"] = plan.tracks;
        if let Some(cap) = plan.cap {
            definition["cap_per_project"] = json!(cap);
        }
        let with_ceiling = plan.aid.as_ref().is_some_and(|settings| {
            matches!(
                settings["regime"].as_str(),
                Some("de_minimis" | "sgei_de_minimis")
            )
        });
        if let Some(settings) = plan.aid {
            definition["aid"] = settings;
        }
        if let Some(settings) = plan.after_decision {
            definition["after_decision"] = settings;
        }
        definition["questions"] = json!([
            {"key": "expertise", "label": "Expertise", "required": true, "max_length": 2000}
        ]);
        definition["criteria"] = json!([
            {"key": "expertise", "name": "Expertise", "weight": 3, "max_score": 10},
            {"key": "approach", "name": "Aanpak", "weight": 1, "max_score": 5}
        ]);
        let call = self.with_opened_call(definition).await;
        let submissions_start = brussels(2023, 8, 20, 9, 0, 0);
        self.set_time(submissions_start);
        let applicant = self.applicant().await;
        let mut apps = Vec::new();
        let mut orgs = Vec::new();
        for i in 0..plan.applications {
            let org = self
                .organisation(
                    &applicant,
                    &format!("Stad {}", plan.first_kbo - 500 + i),
                    &kbo(plan.first_kbo + i),
                )
                .await;
            if plan.verified {
                self.verify_organisation(&call.admin, &org).await;
            }
            orgs.push(org.clone());
            let mut body = complete_application(&org);
            body["title"] = json!(format!("Project {i}"));
            body["partners"] = json!([kbo(900 + i)]);
            body["budget_lines"] = json!([
                {"category": "personnel", "description": "Experts", "amount": plan.requested}
            ]);
            if let Some(declared) = plan.declarations.get(&i) {
                body["aid_declarations"] = declared.clone();
            } else if with_ceiling {
                body["aid_declarations"] = json!([]);
            }
            let created = call.create_draft(&applicant, body).await;
            let draft = Application {
                app: self.clone(),
                id: created.ok(201)["id"].as_str().expect("id").to_owned(),
                token: applicant.clone(),
                created: created.body.clone(),
            };
            if i == 0 {
                draft
                    .upload("annex", "bijlage.pdf", TINY_PDF.to_vec())
                    .await
                    .ok(201);
            }
            self.set_time(submissions_start + chrono::Duration::minutes(i64::from(i)));
            draft.submit().await.ok(201);
            apps.push(draft.id);
        }
        self.set_time(assessment_day());
        call.start_assessment().await.ok(200);
        let s = CallInAssessment {
            app: self.clone(),
            admin: call.admin,
            finance: call.finance,
            call: call.id,
            applicant,
            apps,
            orgs,
        };
        if plan.all_eligible {
            s.screen_all().await;
        }
        s
    }
}

/// A fresh server with a call in assessment as `plan` says
/// ([`TestApp::with_call_in_assessment`]).
pub async fn call_in_assessment(plan: AssessmentPlan) -> CallInAssessment {
    spawn_app().await.with_call_in_assessment(plan).await
}

impl CallInAssessment {
    /// `/api/v1/calls/{id}/{rest}`.
    pub fn call_path(&self, rest: &str) -> String {
        format!("/api/v1/calls/{}/{rest}", self.call)
    }

    /// Screens every application eligible.
    pub async fn screen_all(&self) {
        for id in &self.apps {
            self.screen(id, eligible()).await.ok(201);
        }
    }

    /// Posts `body` to `path` as the admin; the answer as it is.
    pub async fn as_admin(&self, path: &str, body: Value) -> Res {
        self.app.post(path, Some(&self.admin), body).await
    }

    /// Screens one application as the admin.
    pub async fn screen(&self, id: &str, verdict: Value) -> Res {
        let path = format!("/api/v1/applications/{id}/screening");
        self.as_admin(&path, verdict).await
    }

    /// Decides on one application as the admin.
    pub async fn decide(&self, id: &str, decision: Value) -> Res {
        let path = format!("/api/v1/applications/{id}/decision");
        self.as_admin(&path, decision).await
    }

    /// Decides on several applications at once (`{"decisions": [...]}`) as the admin.
    pub async fn decide_all(&self, decisions: Value) -> Res {
        let body = json!({ "decisions": decisions });
        self.as_admin(&self.call_path("decisions"), body).await
    }

    /// Finalises the selection as the admin.
    pub async fn finalise(&self) -> Res {
        self.as_admin(&self.call_path("finalise"), json!({})).await
    }

    /// The applicant (the representative of every applying organisation) answers the award of
    /// grant `grant`: `"accept"` or `"renounce"`.
    pub async fn answer(&self, grant: &str, answer: &str) -> Res {
        let path = format!("/api/v1/grants/{grant}/acceptance");
        self.app
            .post(&path, Some(&self.applicant), json!({ "answer": answer }))
            .await
    }

    /// Finalises the selection and has every grant it made accepted (payments wait for that).
    pub async fn finalise_and_accept(&self) {
        self.finalise().await.ok(200);
        let grants = self
            .app
            .get(
                &format!("/api/v1/grants?call_id={}&per_page=100", self.call),
                Some(&self.admin),
            )
            .await;
        for g in grants.ok(200)["items"].as_array().expect("grants") {
            let id = g["id"].as_str().expect("grant id");
            assert_eq!(
                self.answer(id, "accept").await.ok(200)["status"],
                "awaiting_start"
            );
        }
    }

    /// The call's current decisions, as the admin reads them.
    pub async fn decisions(&self) -> Vec<Value> {
        self.app
            .get(&self.call_path("decisions"), Some(&self.admin))
            .await
            .ok(200)
            .as_array()
            .expect("a list")
            .clone()
    }

    /// The call's budget, as finance reads it.
    pub async fn budget(&self) -> Value {
        self.app
            .get(&self.call_path("budget"), Some(&self.finance))
            .await
            .ok(200)
            .clone()
    }

    /// One application as the holder of `token` reads it.
    pub async fn read(&self, id: &str, token: &str) -> Res {
        self.app
            .get(&format!("/api/v1/applications/{id}"), Some(token))
            .await
    }

    /// The application ids in a reviewer's (or anyone's) assignment list, sorted.
    pub async fn assigned_to(&self, token: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .app
            .get("/api/v1/assignments", Some(token))
            .await
            .ok(200)
            .as_array()
            .expect("a list")
            .iter()
            .map(|a| a["application_id"].as_str().expect("id").to_owned())
            .collect();
        ids.sort();
        ids
    }

    /// A reviewer account with `affiliations` (enterprise numbers), created by the admin;
    /// returns (id, token).
    pub async fn reviewer(&self, affiliations: Value) -> (String, String) {
        let email = format!("reviewer-{}@vvsg.example", uuid::Uuid::new_v4().simple());
        let password = "a-long-reviewer-password";
        let account = json!({"email": email, "password": password, "role": "reviewer",
                             "display_name": "Assessor", "affiliations": affiliations});
        let res = self.as_admin("/api/v1/users", account).await;
        let id = res.ok(201)["id"].as_str().expect("id").to_owned();
        let token = self.app.token(&email, password).await;
        (id, token)
    }

    /// Assigns a reviewer to an application as the admin; the answer as it is.
    pub async fn assign(&self, app: &str, reviewer: &str) -> Res {
        let path = format!("/api/v1/applications/{app}/assignments");
        self.as_admin(&path, json!({ "reviewer_id": reviewer }))
            .await
    }

    /// Assigns a reviewer to an application (201 asserted); returns the assignment's id.
    pub async fn assignment(&self, app: &str, reviewer: &str) -> String {
        self.assign(app, reviewer).await.ok(201)["id"]
            .as_str()
            .expect("id")
            .to_owned()
    }

    /// Saves a draft review of an assignment as its reviewer; the answer as it is.
    pub async fn draft_review(&self, token: &str, assignment: &str, review: Value) -> Res {
        let path = format!("/api/v1/assignments/{assignment}/review");
        self.app.put(&path, Some(token), review).await
    }

    /// Submits the review of an assignment as its reviewer; the answer as it is.
    pub async fn submit_review(&self, token: &str, assignment: &str) -> Res {
        let path = format!("/api/v1/assignments/{assignment}/review/submit");
        self.app.post(&path, Some(token), json!({})).await
    }

    /// Declares a conflict of interest on an assignment as its reviewer; the answer as it is.
    pub async fn declare_conflict(&self, token: &str, assignment: &str, reason: &str) -> Res {
        let path = format!("/api/v1/assignments/{assignment}/conflict");
        let body = json!({ "reason": reason });
        self.app.post(&path, Some(token), body).await
    }

    /// Has one reviewer score every application: `expertise[i]` (out of 10) for `apps[i]`,
    /// approach 5 out of 5, so that a higher expertise ranks higher.
    pub async fn score(&self, expertise: &[u32]) {
        let (reviewer, token) = self.reviewer(json!([])).await;
        for (app, score) in self.apps.iter().zip(expertise) {
            let assignment = self.assignment(app, &reviewer).await;
            self.review(&token, &assignment, *score, 5).await;
        }
    }

    /// Scores an assignment (expertise, approach) with the comment "Goed onderbouwd." and
    /// submits the review (both asserted).
    pub async fn review(&self, token: &str, assignment: &str, expertise: u32, approach: u32) {
        self.draft_review(
            token,
            assignment,
            scores(expertise, approach, "Goed onderbouwd."),
        )
        .await
        .ok(200);
        self.submit_review(token, assignment).await.ok(200);
    }
}

/// Asserts a refusal for want of money: 409, `/problems/insufficient-funds`, saying how much
/// was `available`.
#[track_caller]
pub fn assert_insufficient_funds(res: &Res, available: &str) {
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/insufficient-funds", "{p}");
    assert_eq!(p["available"], available, "{p}");
}

/// A review of the assessment scenario's two criteria.
pub fn scores(expertise: u32, approach: u32, comment: &str) -> Value {
    json!({"scores": [{"criterion": "expertise", "score": expertise},
                      {"criterion": "approach", "score": approach}],
           "comment": comment})
}
