//! The finance dashboard: a static page at `/finance/` (HTML, JS, CSS vendored under
//! `api/static/finance/` and embedded in the binary, so it works offline). The files themselves
//! need no token; the page signs in with a finance account and reads the budget figures from
//! the API with that account's token.

use actix_web::http::header;
use actix_web::{web, HttpResponse, ResponseError};

use crate::error::ApiError;

/// One embedded file: its name under `/finance/`, content type and bytes.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "",
        content_type: "text/html; charset=utf-8",
        body: include_bytes!("../static/finance/index.html"),
    },
    Asset {
        name: "finance.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/finance/finance.js"),
    },
    Asset {
        name: "money.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/finance/money.js"),
    },
    Asset {
        name: "finance.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../static/finance/finance.css"),
    },
];

/// The names of the page's files under `/finance/` (`""` is the page itself).
pub fn asset_names() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().map(|a| a.name)
}

async fn asset(path: web::Path<String>) -> HttpResponse {
    let name = path.into_inner();
    let name = if name == "index.html" { "" } else { &name };
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) => HttpResponse::Ok()
            .content_type(a.content_type)
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .body(a.body),
        None => ApiError::NotFound(format!("no file /finance/{name}")).error_response(),
    }
}

async fn to_slash() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, "/finance/"))
        .finish()
}

/// Serves the dashboard at `/finance/` and its files under `/finance/...`, without a token.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/finance", web::get().to(to_slash))
        .route("/finance/{name:.*}", web::get().to(asset));
}
