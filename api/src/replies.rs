//! HTTP replies that several handlers give.

use actix_web::HttpResponse;

use crate::services::ledger::Recorded;

/// A transfer written under a client's id: 201 with its location when it was written now, 200
/// when a replay of the id found it.
pub fn transfer(recorded: Recorded) -> HttpResponse {
    let view = recorded.transfer;
    if recorded.replayed {
        HttpResponse::Ok().json(view)
    } else {
        HttpResponse::Created()
            .insert_header(("Location", format!("/api/v1/ledger/transfers/{}", view.id)))
            .json(view)
    }
}
