//! grantdesk's HTTP API (actix-web): routes under `/api/v1`, JWT bearer auth with roles, and
//! every error as RFC 9457 problem+json.
//!
//! Handlers stay thin: extract (auth, path, validated body) → load → decide (the domain) →
//! persist in one transaction → respond.

pub mod admission;
pub mod auth;
pub mod csv_file;
pub mod dto;
pub mod error;
pub mod extract;
pub mod finance_page;
pub mod guards;
pub mod limits;
pub mod load;
pub mod localize;
pub mod multipart;
pub mod notify;
pub mod observability;
pub mod pagination;
pub mod problems;
pub mod replies;
pub mod routes;
pub mod services;
pub mod state;

use actix_web::{web, HttpRequest, HttpResponse};

pub use error::{ApiError, FieldError, Problem};
pub use state::{AppState, SystemClock};

/// Registers health probes and the `/api/v1` routes, with problem+json for every extractor
/// error and for unknown routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PathConfig::default().error_handler(extract::path_error))
        .app_data(web::QueryConfig::default().error_handler(extract::query_error))
        .app_data(
            web::JsonConfig::default()
                .limit(extract::JSON_LIMIT)
                .error_handler(extract::json_error),
        )
        .app_data(web::PayloadConfig::new(extract::JSON_LIMIT))
        .service(routes::health::live)
        .service(routes::health::ready)
        .service(observability::metrics)
        .service(
            web::scope("/api/v1")
                .service(routes::auth::issue_token)
                .service(routes::auth::signup)
                .service(routes::auth::me)
                .service(routes::auth::sign_out)
                .service(routes::auth::change_password)
                .service(routes::auth::request_password_reset)
                .service(routes::auth::confirm_password_reset)
                .service(routes::calls::list_calls)
                .service(routes::calls::create_call)
                .service(routes::calls::call_budget)
                .service(routes::calls::get_call)
                .service(routes::calls::update_call)
                .service(routes::calls::record_gate)
                .service(routes::calls::open_call)
                .service(routes::calls::extend_deadline)
                .service(routes::calls::cancel_call)
                .service(routes::articles::create_article)
                .service(routes::articles::list_articles)
                .service(routes::articles::article_balances)
                .service(routes::articles::credit_article)
                .service(routes::ledger::list_transfers)
                .service(routes::ledger::get_transfer)
                .service(routes::ledger::reverse_transfer)
                .service(routes::exports::export_ledger_csv)
                .service(routes::exports::export_ledger_xlsx)
                .service(routes::exports::export_360giving)
                .service(routes::audit::verify_audit)
                .service(routes::audit::list_audit)
                .service(routes::log::latest_checkpoint)
                .service(routes::log::list_checkpoints)
                .service(routes::log::consistency_proof)
                .service(routes::log::list_entries)
                .service(routes::log::inclusion_proof)
                .service(routes::organisations::create_organisation)
                .service(routes::organisations::list_organisations)
                .service(routes::organisations::get_organisation)
                .service(routes::organisations::list_members)
                .service(routes::organisation_claims::verify_organisation)
                .service(routes::organisation_claims::reject_organisation)
                .service(routes::organisation_claims::list_claims)
                .service(routes::memberships::invite)
                .service(routes::memberships::list_invitations)
                .service(routes::memberships::withdraw_invitation)
                .service(routes::memberships::end_membership)
                .service(routes::memberships::hand_on)
                .service(routes::memberships::my_invitations)
                .service(routes::memberships::accept_invitation)
                .service(routes::memberships::decline_invitation)
                .service(routes::notifications::inbox)
                .service(routes::notifications::mark_read)
                .service(routes::notifications::set_language)
                .service(routes::notifications::reminders)
                .service(routes::notifications::set_reminders)
                .service(routes::notifications::unsubscribe)
                .service(routes::notifications::deliveries)
                .service(routes::notifications::retry)
                .service(routes::webhooks::create_endpoint)
                .service(routes::webhooks::list_endpoints)
                .service(routes::webhooks::get_endpoint)
                .service(routes::webhooks::rotate_secret)
                .service(routes::webhooks::disable_endpoint)
                .service(routes::webhooks::enable_endpoint)
                .service(routes::webhooks::test_endpoint)
                .service(routes::webhooks::list_deliveries)
                .service(routes::webhooks::replay_delivery)
                .service(routes::applications::create_application)
                .service(routes::applications::list_applications)
                .service(routes::applications::get_application)
                .service(routes::applications::update_application)
                .service(routes::applications::replace_budget_lines)
                .service(routes::attachments::upload_attachment)
                .service(routes::attachments::download_attachment)
                .service(routes::attachments::detach_attachment)
                .service(routes::submissions::submit_application)
                .service(routes::submissions::revise_application)
                .service(routes::submissions::withdraw_application)
                .service(routes::submissions::list_receipts)
                .service(routes::submissions::get_receipt)
                .service(routes::submissions::receipt_proof)
                .service(routes::questions::ask_question)
                .service(routes::questions::list_questions)
                .service(routes::questions::answer_question)
                .service(routes::users::create_user)
                .service(routes::users::list_users)
                .service(routes::users::disable_user)
                .service(routes::users::enable_user)
                .service(routes::users::change_user_role)
                .service(routes::users::erase_user)
                .service(routes::assessment::start_assessment)
                .service(routes::assessment::screen_application)
                .service(routes::assessment::assign_reviewer)
                .service(routes::assessment::bulk_assign)
                .service(routes::assessment::list_assignments)
                .service(routes::assessment::declare_conflict)
                .service(routes::assessment::put_review)
                .service(routes::assessment::submit_review)
                .service(routes::assessment::list_reviews)
                .service(routes::assessment::ranking)
                .service(routes::selection::record_decision)
                .service(routes::selection::bulk_decisions)
                .service(routes::selection::list_decisions)
                .service(routes::selection::finalise_selection)
                .service(routes::grants::list_grants)
                .service(routes::grants::get_grant)
                .service(routes::grants::pay_tranche)
                .service(routes::grants::cancel_grant)
                .service(routes::aid::list_regulations)
                .service(routes::aid::add_regulation)
                .service(routes::aid::declare_control_link)
                .service(routes::aid::single_undertaking)
                .service(routes::aid::decide_control_link)
                .service(routes::aid::list_control_links)
                .service(routes::aid::aid_position)
                .service(routes::aid::double_funding_signals)
                .service(routes::aid::record_double_funding_finding)
                .service(routes::exports::subsidy_register_json)
                .service(routes::exports::subsidy_register_csv)
                .service(routes::after_decision::answer_award)
                .service(routes::after_decision::reserve_list)
                .service(routes::objections::lodge_objection)
                .service(routes::objections::get_objection)
                .service(routes::objections::rule_objection)
                .service(routes::objections::list_objections)
                .service(routes::objections::attach_to_objection)
                .service(routes::objections::download_objection_attachment)
                .service(routes::after_decision::call_after_decision)
                .service(routes::after_decision::application_after_decision)
                .service(routes::final_reports::submit_final_report)
                .service(routes::final_reports::list_final_reports)
                .service(routes::final_reports::download_final_report)
                .service(routes::final_reports::decide_final_report)
                .service(routes::final_reports::settle_grant),
        );
}

/// The answer for a route that does not exist (or a method a route does not take).
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    actix_web::ResponseError::error_response(&ApiError::NotFound(format!(
        "no route for {} {}",
        req.method(),
        req.path()
    )))
}
