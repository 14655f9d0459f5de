//! Every endpoint with who may call it: the table the authorization tests walk. A test fails
//! when the OpenAPI document has an operation this table does not list (or the reverse).

use grantdesk_api::auth::Role;
use serde_json::{json, Value};
use uuid::Uuid;

/// Who may call an endpoint.
#[derive(Debug, Clone, Copy)]
pub enum Access {
    /// Anyone, without a token (a token, if sent, must be valid).
    Public,
    /// Only these roles.
    Roles(&'static [Role]),
}

pub struct Route {
    pub method: &'static str,
    /// With `{id}`-style placeholders as in the OpenAPI document.
    pub path: &'static str,
    pub access: Access,
    /// A valid body (so that a refusal is about who asks, not what they send).
    pub body: fn() -> Option<Value>,
}

/// Whose resource a path names: the foreign-organisation test fills it with another
/// organisation's and expects "not found".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owned {
    /// Nobody's in particular (calls, the ledger, ...).
    No,
    /// `{id}` is an application (and `{attachment_id}`, `{number}` are its own).
    Application,
    /// `{id}` is an organisation.
    Organisation,
    /// `{id}` is a grant (an application that was selected; `{version}` its final report's).
    Grant,
}

impl Route {
    /// Whose resource the path names.
    pub fn owned(&self) -> Owned {
        if self.path.starts_with("/api/v1/applications/{id}") {
            Owned::Application
        } else if self.path.starts_with("/api/v1/organisations/{id}") {
            Owned::Organisation
        } else if self.path.starts_with("/api/v1/grants/{id}") {
            Owned::Grant
        } else {
            Owned::No
        }
    }
}

const ADMIN: &[Role] = &[Role::Admin];
const APPLICANT: &[Role] = &[Role::Applicant];
const APPLICATION_READERS: &[Role] = &[Role::Applicant, Role::Admin, Role::Auditor, Role::Reviewer];
const ASSESSMENT_READERS: &[Role] = &[Role::Admin, Role::Reviewer, Role::Auditor];
const SELECTION_READERS: &[Role] = &[Role::Admin, Role::Auditor];
const REVIEWER: &[Role] = &[Role::Reviewer];
const OBJECTION_READERS: &[Role] = &[Role::Admin, Role::Auditor, Role::Applicant];
const GRANT_READERS: &[Role] = &[Role::Admin, Role::Finance, Role::Auditor, Role::Applicant];
const FINANCE: &[Role] = &[Role::Finance];
const FINANCE_OR_ADMIN: &[Role] = &[Role::Finance, Role::Admin];
const BUDGET_READERS: &[Role] = &[Role::Admin, Role::Finance, Role::Auditor];
const AUDIT_READERS: &[Role] = &[Role::Auditor, Role::Admin];
const METRICS_READERS: &[Role] = &[Role::Admin, Role::Finance, Role::Auditor];
const CLAIM_READERS: &[Role] = &[Role::Admin, Role::Auditor];
const WEBHOOK_OWNERS: &[Role] = &[Role::Admin, Role::Applicant];
const ANY_USER: &[Role] = &[
    Role::Admin,
    Role::Finance,
    Role::Reviewer,
    Role::Applicant,
    Role::Auditor,
];

fn none() -> Option<Value> {
    None
}
fn call_body() -> Option<Value> {
    Some(super::small_call("MATRIX", "SJ0-1SMC2GA-WT", "1000.00"))
}
fn gate_body() -> Option<Value> {
    Some(json!({"reference": "GDR/1", "date": "2023-06-15", "verdict": "favourable"}))
}
fn extend_body() -> Option<Value> {
    Some(json!({"deadline": "2023-09-30T10:00", "reason": "matrix"}))
}
fn reason_body() -> Option<Value> {
    Some(json!({"reason": "matrix"}))
}
fn article_body() -> Option<Value> {
    Some(json!({"code": "AB1-2345678-CD", "budget_year": 2023, "description": "matrix"}))
}
fn credit_body() -> Option<Value> {
    Some(json!({"transfer_id": Uuid::new_v4(), "amount": "1.00", "reference": "matrix"}))
}
fn reversal_body() -> Option<Value> {
    Some(json!({"transfer_id": Uuid::new_v4(), "reference": "matrix"}))
}
fn signup_body() -> Option<Value> {
    Some(
        json!({"email": format!("{}@test.example", Uuid::new_v4().simple()), "password": "a-long-enough-password", "display_name": "Matrix"}),
    )
}
fn organisation_body() -> Option<Value> {
    Some(
        json!({"name": "Stad Genk", "kbo": "0207.451.227", "kind": "local_government",
                "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}}),
    )
}
fn verification_body() -> Option<Value> {
    Some(super::verification_evidence())
}
fn rejection_body() -> Option<Value> {
    Some(json!({"reason": "The mandate does not name the applicant"}))
}
fn webhook_body() -> Option<Value> {
    Some(
        json!({"url": "https://hooks.example.org/grantdesk", "event_types": ["application.submitted"]}),
    )
}
fn reminders_body() -> Option<Value> {
    Some(json!({ "enabled": true }))
}

fn language_body() -> Option<Value> {
    Some(json!({"language": "fr"}))
}

fn invitation_body() -> Option<Value> {
    Some(json!({"email": "nobody@test.example"}))
}
fn representative_body() -> Option<Value> {
    Some(json!({"user_id": Uuid::new_v4()}))
}
fn application_body() -> Option<Value> {
    Some(json!({"organisation_id": Uuid::new_v4(), "track": 1, "title": "Matrix"}))
}
fn content_body() -> Option<Value> {
    Some(json!({"track": 1, "title": "Matrix"}))
}
fn budget_lines_body() -> Option<Value> {
    Some(
        json!({"budget_lines": [{"category": "personnel", "description": "Matrix", "amount": "10.00"}]}),
    )
}
fn ask_body() -> Option<Value> {
    Some(json!({"question": "Is this allowed?"}))
}
fn answer_body() -> Option<Value> {
    Some(json!({"answer": "Yes.", "publish": true}))
}
fn user_body() -> Option<Value> {
    Some(
        json!({"email": format!("{}@test.example", Uuid::new_v4().simple()), "password": "a-long-enough-password",
                "role": "reviewer", "display_name": "Matrix", "affiliations": []}),
    )
}
fn screening_body() -> Option<Value> {
    Some(json!({"verdict": "eligible"}))
}
fn assign_body() -> Option<Value> {
    Some(json!({"reviewer_id": Uuid::new_v4()}))
}
fn bulk_assign_body() -> Option<Value> {
    Some(json!({"reviewer_ids": [Uuid::new_v4()], "per_application": 1}))
}
fn review_body() -> Option<Value> {
    Some(json!({"scores": [], "comment": ""}))
}
fn decision_body() -> Option<Value> {
    Some(json!({"kind": "rejected", "motivation": "matrix"}))
}
fn bulk_decision_body() -> Option<Value> {
    Some(
        json!({"decisions": [{"application_id": Uuid::new_v4(), "kind": "rejected", "motivation": "matrix"}]}),
    )
}
fn payment_body() -> Option<Value> {
    Some(json!({"transfer_id": Uuid::new_v4(), "tranche": 1}))
}

fn acceptance_body() -> Option<Value> {
    Some(json!({"answer": "accept"}))
}

fn control_link_body() -> Option<Value> {
    Some(
        json!({"other_kbo": "0207.451.227", "other_is": "subsidiary", "criterion": "majority_of_voting_rights"}),
    )
}

fn link_decision_body() -> Option<Value> {
    Some(json!({"decision": "confirm"}))
}

fn finding_body() -> Option<Value> {
    Some(json!({"finding": "no_double_funding", "note": "Andere kosten, andere periode."}))
}

fn regulation_body() -> Option<Value> {
    Some(
        json!({"code": format!("EU T/{}", Uuid::new_v4().simple()), "regime": "de_minimis",
        "title": "A test regulation", "source": "http://data.europa.eu/eli/reg/2030/1/oj",
        "ceiling": "300000.00", "period_years": 3, "valid_from": "2031-01-01"}),
    )
}

fn cancellation_body() -> Option<Value> {
    Some(json!({"transfer_id": Uuid::new_v4(), "motivation": "Het project werd niet uitgevoerd."}))
}

fn objection_body() -> Option<Value> {
    Some(json!({"grounds": "De score negeert bijlage 3."}))
}

fn ruling_body() -> Option<Value> {
    Some(json!({"ruling": "rejected", "motivation": "Ongegrond."}))
}

fn verdict_body() -> Option<Value> {
    Some(json!({"verdict": "accepted"}))
}

fn settlement_body() -> Option<Value> {
    Some(json!({"transfer_id": Uuid::new_v4()}))
}
fn role_body() -> Option<Value> {
    Some(json!({"role": "finance"}))
}
fn password_change_body() -> Option<Value> {
    Some(json!({"current_password": "not-the-current-one", "new_password": "a-new-long-password"}))
}
fn reset_body() -> Option<Value> {
    Some(json!({"email": "nobody@test.example"}))
}
fn reset_confirmation_body() -> Option<Value> {
    Some(json!({"token": "0".repeat(64), "new_password": "a-new-long-password"}))
}
fn token_body() -> Option<Value> {
    Some(json!({"email": "nobody@test.example", "password": "wrong-password"}))
}

#[rustfmt::skip]
pub const ROUTES: &[Route] = &[
    Route { method: "GET", path: "/health/live", access: Access::Public, body: none },
    Route { method: "GET", path: "/health/ready", access: Access::Public, body: none },
    Route { method: "GET", path: "/metrics", access: Access::Roles(METRICS_READERS), body: none },
    Route { method: "POST", path: "/api/v1/auth/token", access: Access::Public, body: token_body },
    Route { method: "POST", path: "/api/v1/auth/signup", access: Access::Public, body: signup_body },
    Route { method: "GET", path: "/api/v1/me", access: Access::Roles(ANY_USER), body: none },
    Route { method: "PUT", path: "/api/v1/me/password", access: Access::Roles(ANY_USER), body: password_change_body },
    Route { method: "POST", path: "/api/v1/auth/password-reset", access: Access::Public, body: reset_body },
    Route { method: "POST", path: "/api/v1/auth/password-reset/confirm", access: Access::Public, body: reset_confirmation_body },
    Route { method: "GET", path: "/api/v1/calls", access: Access::Public, body: none },
    Route { method: "POST", path: "/api/v1/calls", access: Access::Roles(ADMIN), body: call_body },
    Route { method: "GET", path: "/api/v1/calls/{id}", access: Access::Public, body: none },
    Route { method: "PUT", path: "/api/v1/calls/{id}", access: Access::Roles(ADMIN), body: call_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/gates/{gate}", access: Access::Roles(ADMIN), body: gate_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/open", access: Access::Roles(ADMIN), body: none },
    Route { method: "POST", path: "/api/v1/calls/{id}/deadline-extensions", access: Access::Roles(ADMIN), body: extend_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/cancel", access: Access::Roles(ADMIN), body: reason_body },
    Route { method: "GET", path: "/api/v1/calls/{id}/budget", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "POST", path: "/api/v1/budget-articles", access: Access::Roles(FINANCE_OR_ADMIN), body: article_body },
    Route { method: "GET", path: "/api/v1/budget-articles", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/budget-articles/{code}/{year}", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "POST", path: "/api/v1/budget-articles/{code}/{year}/credits", access: Access::Roles(FINANCE), body: credit_body },
    Route { method: "GET", path: "/api/v1/ledger/transfers", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/ledger/transfers/{id}", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "POST", path: "/api/v1/ledger/transfers/{id}/reversal", access: Access::Roles(FINANCE), body: reversal_body },
    Route { method: "GET", path: "/api/v1/ledger/export.csv", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/ledger/export.xlsx", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/exports/360giving.json", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/audit", access: Access::Roles(AUDIT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/audit/verify", access: Access::Roles(AUDIT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/log/checkpoint", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/log/checkpoints", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/log/proofs/consistency", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/log/entries", access: Access::Roles(AUDIT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/log/proofs/inclusion", access: Access::Roles(AUDIT_READERS), body: none },
    Route { method: "POST", path: "/api/v1/organisations", access: Access::Roles(APPLICANT), body: organisation_body },
    Route { method: "GET", path: "/api/v1/organisations", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/organisations/{id}", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/organisations/{id}/members", access: Access::Roles(ANY_USER), body: none },
    Route { method: "POST", path: "/api/v1/organisations/{id}/verification", access: Access::Roles(ADMIN), body: verification_body },
    Route { method: "POST", path: "/api/v1/organisations/{id}/rejection", access: Access::Roles(ADMIN), body: rejection_body },
    Route { method: "GET", path: "/api/v1/organisation-claims", access: Access::Roles(CLAIM_READERS), body: none },
    Route { method: "DELETE", path: "/api/v1/organisations/{id}/members/{user_id}", access: Access::Roles(APPLICANT), body: none },
    Route { method: "PUT", path: "/api/v1/organisations/{id}/representative", access: Access::Roles(APPLICANT), body: representative_body },
    Route { method: "POST", path: "/api/v1/organisations/{id}/invitations", access: Access::Roles(APPLICANT), body: invitation_body },
    Route { method: "GET", path: "/api/v1/organisations/{id}/invitations", access: Access::Roles(APPLICANT), body: none },
    Route { method: "DELETE", path: "/api/v1/organisations/{id}/invitations/{invitation_id}", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/me/invitations", access: Access::Roles(APPLICANT), body: none },
    Route { method: "POST", path: "/api/v1/invitations/{id}/acceptance", access: Access::Roles(APPLICANT), body: none },
    Route { method: "POST", path: "/api/v1/invitations/{id}/refusal", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/me/notifications", access: Access::Roles(ANY_USER), body: none },
    Route { method: "POST", path: "/api/v1/me/notifications/{id}/read", access: Access::Roles(ANY_USER), body: none },
    Route { method: "PUT", path: "/api/v1/me/language", access: Access::Roles(ANY_USER), body: language_body },
    Route { method: "GET", path: "/api/v1/me/reminders", access: Access::Roles(ANY_USER), body: none },
    Route { method: "PUT", path: "/api/v1/me/reminders", access: Access::Roles(ANY_USER), body: reminders_body },
    Route { method: "POST", path: "/api/v1/unsubscribe", access: Access::Public, body: none },
    Route { method: "GET", path: "/api/v1/deliveries", access: Access::Roles(ADMIN), body: none },
    Route { method: "POST", path: "/api/v1/deliveries/{id}/retry", access: Access::Roles(ADMIN), body: none },
    Route { method: "POST", path: "/api/v1/webhooks", access: Access::Roles(WEBHOOK_OWNERS), body: webhook_body },
    Route { method: "GET", path: "/api/v1/webhooks", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "GET", path: "/api/v1/webhooks/{id}", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/webhooks/{id}/secret", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/webhooks/{id}/disable", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/webhooks/{id}/enable", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/webhooks/{id}/test", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "GET", path: "/api/v1/webhooks/{id}/deliveries", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/webhooks/{id}/deliveries/{message}/replay", access: Access::Roles(WEBHOOK_OWNERS), body: none },
    Route { method: "POST", path: "/api/v1/calls/{id}/applications", access: Access::Roles(APPLICANT), body: application_body },
    Route { method: "GET", path: "/api/v1/applications", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "PUT", path: "/api/v1/applications/{id}", access: Access::Roles(APPLICANT), body: content_body },
    Route { method: "PUT", path: "/api/v1/applications/{id}/budget-lines", access: Access::Roles(APPLICANT), body: budget_lines_body },
    Route { method: "POST", path: "/api/v1/applications/{id}/attachments", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/attachments/{attachment_id}", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/attachments/{attachment_id}/detach", access: Access::Roles(APPLICANT), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/submit", access: Access::Roles(APPLICANT), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/revise", access: Access::Roles(APPLICANT), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/withdraw", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/receipts", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/receipts/{number}", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/receipts/{number}/proof", access: Access::Roles(APPLICATION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/calls/{id}/questions", access: Access::Roles(APPLICANT), body: ask_body },
    Route { method: "GET", path: "/api/v1/calls/{id}/questions", access: Access::Public, body: none },
    Route { method: "POST", path: "/api/v1/questions/{id}/answer", access: Access::Roles(ADMIN), body: answer_body },
    Route { method: "POST", path: "/api/v1/users", access: Access::Roles(ADMIN), body: user_body },
    Route { method: "GET", path: "/api/v1/users", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/users/{id}/disable", access: Access::Roles(ADMIN), body: none },
    Route { method: "POST", path: "/api/v1/users/{id}/enable", access: Access::Roles(ADMIN), body: none },
    Route { method: "PUT", path: "/api/v1/users/{id}/role", access: Access::Roles(ADMIN), body: role_body },
    Route { method: "POST", path: "/api/v1/users/{id}/erasure", access: Access::Roles(ADMIN), body: reason_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/assessment", access: Access::Roles(ADMIN), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/screening", access: Access::Roles(ADMIN), body: screening_body },
    Route { method: "POST", path: "/api/v1/applications/{id}/assignments", access: Access::Roles(ADMIN), body: assign_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/assignments", access: Access::Roles(ADMIN), body: bulk_assign_body },
    Route { method: "GET", path: "/api/v1/assignments", access: Access::Roles(ASSESSMENT_READERS), body: none },
    Route { method: "POST", path: "/api/v1/assignments/{id}/conflict", access: Access::Roles(REVIEWER), body: reason_body },
    Route { method: "PUT", path: "/api/v1/assignments/{id}/review", access: Access::Roles(REVIEWER), body: review_body },
    Route { method: "POST", path: "/api/v1/assignments/{id}/review/submit", access: Access::Roles(REVIEWER), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/reviews", access: Access::Roles(ASSESSMENT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/calls/{id}/ranking", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/decision", access: Access::Roles(ADMIN), body: decision_body },
    Route { method: "POST", path: "/api/v1/calls/{id}/decisions", access: Access::Roles(ADMIN), body: bulk_decision_body },
    Route { method: "GET", path: "/api/v1/calls/{id}/decisions", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/calls/{id}/finalise", access: Access::Roles(ADMIN), body: none },
    Route { method: "GET", path: "/api/v1/grants", access: Access::Roles(GRANT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/grants/{id}", access: Access::Roles(GRANT_READERS), body: none },
    Route { method: "POST", path: "/api/v1/grants/{id}/payments", access: Access::Roles(FINANCE), body: payment_body },
    Route { method: "POST", path: "/api/v1/grants/{id}/cancellation", access: Access::Roles(ADMIN), body: cancellation_body },
    Route { method: "GET", path: "/api/v1/aid-regulations", access: Access::Roles(ANY_USER), body: none },
    Route { method: "POST", path: "/api/v1/aid-regulations", access: Access::Roles(ADMIN), body: regulation_body },
    Route { method: "POST", path: "/api/v1/organisations/{id}/control-links", access: Access::Roles(APPLICANT), body: control_link_body },
    Route { method: "GET", path: "/api/v1/organisations/{id}/single-undertaking", access: Access::Roles(ANY_USER), body: none },
    Route { method: "POST", path: "/api/v1/control-links/{id}/decision", access: Access::Roles(ADMIN), body: link_decision_body },
    Route { method: "GET", path: "/api/v1/control-links", access: Access::Roles(CLAIM_READERS), body: none },
    Route { method: "GET", path: "/api/v1/organisations/{id}/aid", access: Access::Roles(ANY_USER), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/double-funding", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/double-funding/findings", access: Access::Roles(ADMIN), body: finding_body },
    Route { method: "GET", path: "/api/v1/exports/subsidy-register.json", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/exports/subsidy-register.csv", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "POST", path: "/api/v1/grants/{id}/acceptance", access: Access::Roles(APPLICANT), body: acceptance_body },
    Route { method: "GET", path: "/api/v1/calls/{id}/reserve", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/objection", access: Access::Roles(APPLICANT), body: objection_body },
    Route { method: "GET", path: "/api/v1/applications/{id}/objection", access: Access::Roles(OBJECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/objection/ruling", access: Access::Roles(ADMIN), body: ruling_body },
    Route { method: "GET", path: "/api/v1/calls/{id}/objections", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/applications/{id}/objection/attachments", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/objection/attachments/{attachment_id}", access: Access::Roles(OBJECTION_READERS), body: none },
    Route { method: "GET", path: "/api/v1/calls/{id}/after-decision", access: Access::Roles(BUDGET_READERS), body: none },
    Route { method: "GET", path: "/api/v1/applications/{id}/after-decision", access: Access::Roles(SELECTION_READERS), body: none },
    Route { method: "POST", path: "/api/v1/grants/{id}/final-reports", access: Access::Roles(APPLICANT), body: none },
    Route { method: "GET", path: "/api/v1/grants/{id}/final-reports", access: Access::Roles(GRANT_READERS), body: none },
    Route { method: "GET", path: "/api/v1/grants/{id}/final-reports/{version}/document", access: Access::Roles(GRANT_READERS), body: none },
    Route { method: "POST", path: "/api/v1/grants/{id}/final-reports/verdict", access: Access::Roles(ADMIN), body: verdict_body },
    Route { method: "POST", path: "/api/v1/grants/{id}/settlement", access: Access::Roles(FINANCE), body: settlement_body },
    // last: it revokes the token that calls it, which the tests that walk this table use for
    // every route before it
    Route { method: "POST", path: "/api/v1/auth/sign-out", access: Access::Roles(ANY_USER), body: none },
];

/// The path with its placeholders filled in with plausible values.
pub fn concrete(path: &str) -> String {
    path.replace("{id}", &Uuid::new_v4().to_string())
        .replace("{attachment_id}", &Uuid::new_v4().to_string())
        .replace("{user_id}", &Uuid::new_v4().to_string())
        .replace("{invitation_id}", &Uuid::new_v4().to_string())
        .replace("{message}", &format!("msg_{}", Uuid::new_v4().simple()))
        .replace("{number}", "EXP23-0001")
        .replace("{version}", "1")
        .replace("{gate}", "if_advice")
        .replace("{code}", "SJ0-1SMC2GA-WT")
        .replace("{year}", "2023")
}
