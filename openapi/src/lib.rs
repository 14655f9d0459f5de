//! The OpenAPI document (utoipa) and Swagger UI, served offline from vendored assets.
//!
//! The committed `openapi/openapi.json` is what `grantdesk openapi` prints; a test fails when
//! it is stale.

use actix_web::web;
use grantdesk_api::routes::{
    after_decision, aid, applications, articles, assessment, attachments, audit, auth, calls,
    exports, final_reports, grants, health, ledger, log, memberships, notifications, objections,
    organisation_claims, organisations, questions, selection, submissions, users, webhooks,
};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_swagger_ui::SwaggerUi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "grantdesk API",
        description = "Government project calls from approval to the start of the funded projects: \
calls through their approval gates, budgets reserved on a double-entry ledger, exact money \
(decimal strings), hard deadlines (instants with a time zone). Errors are RFC 9457 \
application/problem+json.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    paths(
        health::live,
        health::ready,
        grantdesk_api::observability::metrics,
        auth::issue_token,
        auth::signup,
        auth::me,
        auth::sign_out,
        auth::change_password,
        auth::request_password_reset,
        auth::confirm_password_reset,
        calls::list_calls,
        calls::create_call,
        calls::get_call,
        calls::update_call,
        calls::record_gate,
        calls::open_call,
        calls::extend_deadline,
        calls::cancel_call,
        calls::call_budget,
        articles::create_article,
        articles::list_articles,
        articles::article_balances,
        articles::credit_article,
        ledger::list_transfers,
        ledger::get_transfer,
        ledger::reverse_transfer,
        exports::export_ledger_csv,
        exports::export_ledger_xlsx,
        exports::export_360giving,
        audit::list_audit,
        audit::verify_audit,
        log::latest_checkpoint,
        log::list_checkpoints,
        log::consistency_proof,
        log::list_entries,
        log::inclusion_proof,
        organisations::create_organisation,
        organisations::list_organisations,
        organisations::get_organisation,
        organisations::list_members,
        organisation_claims::verify_organisation,
        organisation_claims::reject_organisation,
        organisation_claims::list_claims,
        memberships::invite,
        memberships::list_invitations,
        memberships::withdraw_invitation,
        memberships::end_membership,
        memberships::hand_on,
        memberships::my_invitations,
        memberships::accept_invitation,
        memberships::decline_invitation,
        notifications::inbox,
        notifications::mark_read,
        notifications::set_language,
        notifications::reminders,
        notifications::set_reminders,
        notifications::unsubscribe,
        notifications::deliveries,
        notifications::retry,
        webhooks::create_endpoint,
        webhooks::list_endpoints,
        webhooks::get_endpoint,
        webhooks::rotate_secret,
        webhooks::disable_endpoint,
        webhooks::enable_endpoint,
        webhooks::test_endpoint,
        webhooks::list_deliveries,
        webhooks::replay_delivery,
        applications::create_application,
        applications::list_applications,
        applications::get_application,
        applications::update_application,
        applications::replace_budget_lines,
        attachments::upload_attachment,
        attachments::download_attachment,
        attachments::detach_attachment,
        submissions::submit_application,
        submissions::revise_application,
        submissions::withdraw_application,
        submissions::list_receipts,
        submissions::get_receipt,
        submissions::receipt_proof,
        questions::ask_question,
        questions::list_questions,
        questions::answer_question,
        users::create_user,
        users::list_users,
        users::disable_user,
        users::enable_user,
        users::change_user_role,
        users::erase_user,
        assessment::start_assessment,
        assessment::screen_application,
        assessment::assign_reviewer,
        assessment::bulk_assign,
        assessment::list_assignments,
        assessment::declare_conflict,
        assessment::put_review,
        assessment::submit_review,
        assessment::list_reviews,
        assessment::ranking,
        selection::record_decision,
        selection::bulk_decisions,
        selection::list_decisions,
        selection::finalise_selection,
        grants::list_grants,
        grants::get_grant,
        grants::pay_tranche,
        grants::cancel_grant,
        aid::list_regulations,
        aid::add_regulation,
        aid::declare_control_link,
        aid::single_undertaking,
        aid::decide_control_link,
        aid::list_control_links,
        aid::aid_position,
        aid::double_funding_signals,
        aid::record_double_funding_finding,
        exports::subsidy_register_json,
        exports::subsidy_register_csv,
        after_decision::answer_award,
        after_decision::reserve_list,
        objections::lodge_objection,
        objections::get_objection,
        objections::rule_objection,
        objections::list_objections,
        objections::attach_to_objection,
        objections::download_objection_attachment,
        after_decision::call_after_decision,
        after_decision::application_after_decision,
        final_reports::submit_final_report,
        final_reports::list_final_reports,
        final_reports::download_final_report,
        final_reports::decide_final_report,
        final_reports::settle_grant,
    ),
    components(schemas(grantdesk_api::Problem, grantdesk_api::FieldError)),
    modifiers(&BearerAuth, &ApiPrefix),
    tags(
        (name = "calls", description = "Calls, approval gates, deadlines"),
        (name = "budget", description = "Budget articles and their balances"),
        (name = "ledger", description = "The double-entry ledger"),
        (name = "auth", description = "Tokens"),
        (name = "audit", description = "The audit trail"),
        (name = "organisations", description = "Applicant organisations and their members"),
        (name = "notifications", description = "The inbox, the language an account is written to in, and the delivery queue"),
        (name = "webhooks", description = "Signed webhooks (Standard Webhooks): endpoints, secrets, the delivery log"),
        (name = "applications", description = "Drafts, attachments, submission, receipts"),
        (name = "questions", description = "Questions and answers about a call"),
        (name = "users", description = "Staff accounts"),
        (name = "assessment", description = "Screening, reviewers, reviews, ranking"),
        (name = "selection", description = "Decisions, awards and finalising"),
        (name = "grants", description = "Grants and their payments"),
        (name = "aid", description = "State aid across calls: regulations, ceilings per single undertaking"),
        (name = "health", description = "Probes"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some(
                        "Either of two kinds of token. Our own: POST /api/v1/auth/token for \
                         one (HS256). Or, when the server is configured with an external \
                         OpenID Connect provider (GRANTDESK_OIDC_*), that provider's access \
                         token (RS256, ES256 or EdDSA, its issuer and our audience), mapped to \
                         the local account it is linked to.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The handlers are declared relative to the `/api/v1` scope; the document shows full paths.
struct ApiPrefix;

impl Modify for ApiPrefix {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let paths = std::mem::take(&mut openapi.paths.paths);
        openapi.paths.paths = paths
            .into_iter()
            .map(|(path, item)| {
                if path.starts_with("/health") || path == "/metrics" {
                    (path, item)
                } else {
                    (format!("/api/v1{path}"), item)
                }
            })
            .collect();
    }
}

/// The document as pretty JSON with a trailing newline (what is committed).
pub fn openapi_json() -> String {
    let mut s = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Serves `/openapi.json` and Swagger UI at `/docs/` (assets vendored into the binary).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()));
}
