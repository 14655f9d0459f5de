//! Request ids and Prometheus metrics.
//!
//! [`middleware`] runs inside `tracing_actix_web::TracingLogger` (whose root span carries the
//! request's `request_id`): it returns that id in the `x-request-id` header and counts the
//! request per method, matched route pattern and status, with its latency, in the server's
//! [`Metrics`], which `GET /metrics` serves in the Prometheus text format. It also counts the
//! requests in flight ([`crate::load::Load`]), which the delivery worker yields to.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{get, web, HttpMessage, HttpResponse};

use crate::auth::{Authorized, MetricsReaders};
use crate::problems::RoleOnly;

/// The response header that carries the request id (the same id as in every log line of it).
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// The label for a request that matched no route (so that unknown paths cannot grow the series).
const UNMATCHED: &str = "unmatched";

#[derive(Default)]
struct Series {
    count: u64,
    sum_seconds: f64,
    /// Per bucket of [`BUCKETS`], not cumulative (made cumulative when rendered).
    buckets: [u64; BUCKETS.len()],
}

/// Request counts and latency histograms per (method, route pattern, status), for one server.
#[derive(Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<(String, String, u16), Series>>,
}

impl Metrics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let s = series
            .entry((method.to_owned(), route.to_owned(), status))
            .or_default();
        s.count += 1;
        s.sum_seconds += seconds;
        if let Some(i) = BUCKETS.iter().position(|&le| seconds <= le) {
            s.buckets[i] += 1;
        }
    }

    /// The Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::new();
        out.push_str("# HELP grantdesk_http_requests_total HTTP requests answered, by method, matched route pattern and status.\n");
        out.push_str("# TYPE grantdesk_http_requests_total counter\n");
        for ((method, route, status), s) in series.iter() {
            let labels = labels(method, route, *status);
            let _ = writeln!(out, "grantdesk_http_requests_total{{{labels}}} {}", s.count);
        }
        out.push_str("# HELP grantdesk_http_request_duration_seconds Time to answer HTTP requests, by method, matched route pattern and status.\n");
        out.push_str("# TYPE grantdesk_http_request_duration_seconds histogram\n");
        for ((method, route, status), s) in series.iter() {
            let labels = labels(method, route, *status);
            let mut cumulative = 0;
            for (le, n) in BUCKETS.iter().zip(s.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "grantdesk_http_request_duration_seconds_bucket{{{labels},le=\"{le}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_sum{{{labels}}} {}",
                s.sum_seconds
            );
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        out
    }
}

fn labels(method: &str, route: &str, status: u16) -> String {
    format!(
        "method=\"{}\",route=\"{}\",status=\"{status}\"",
        escape(method),
        escape(route)
    )
}

/// Label values escape backslash, double quote and newline.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The middleware (`actix_web::middleware::from_fn`): request id header and metrics. Register it
/// inside `TracingLogger` (wrapped before it), with the server's `web::Data<Metrics>` as app data.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = req
        .extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|id| id.to_string());
    let registry = req.app_data::<web::Data<Metrics>>().cloned();
    // counted in flight until answered (or dropped): background work yields to requests
    let _in_flight = req
        .app_data::<web::Data<crate::AppState>>()
        .map(|state| state.load.enter());
    let method = req.method().as_str().to_owned();
    // handlers' errors arrive here as responses already (problem+json); an `Err` would come from
    // actix itself and is answered by it (the request must not be cloned before routing)
    let mut res = next.call(req).await?.map_into_boxed_body();
    if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        res.headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), id);
    }
    if let Some(registry) = registry {
        let route = res
            .request()
            .match_pattern()
            .unwrap_or_else(|| UNMATCHED.to_owned());
        registry.observe(
            &method,
            &route,
            res.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(res)
}

/// Prometheus metrics: request counts and latency histograms per method, route pattern and
/// status (text exposition format 0.0.4). Needs an admin, finance or auditor token; a scraper
/// without one reads them on the address `GRANTDESK_METRICS_BIND` names instead.
#[utoipa::path(
    tag = "health",
    responses(
        (status = 200, description = "Prometheus text exposition format", content_type = "text/plain", body = String,
            example = "grantdesk_http_requests_total{method=\"GET\",route=\"/api/v1/calls\",status=\"200\"} 3"),
        RoleOnly,
    ),
    security(("bearer" = []))
)]
#[get("/metrics")]
pub async fn metrics(
    _auth: Authorized<MetricsReaders>,
    registry: Option<web::Data<Metrics>>,
) -> HttpResponse {
    exposition(registry)
}

/// The metrics on their own listener (`GRANTDESK_METRICS_BIND`): no token, nothing else served
/// there.
#[get("/metrics")]
pub async fn metrics_on_own_address(registry: Option<web::Data<Metrics>>) -> HttpResponse {
    exposition(registry)
}

fn exposition(registry: Option<web::Data<Metrics>>) -> HttpResponse {
    let body = registry.map(|m| m.render()).unwrap_or_default();
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counts_and_cumulative_buckets() {
        let m = Metrics::new();
        m.observe("GET", "/api/v1/calls", 200, 0.003);
        m.observe("GET", "/api/v1/calls", 200, 0.2);
        let text = m.render();
        assert!(text.contains(
            "grantdesk_http_requests_total{method=\"GET\",route=\"/api/v1/calls\",status=\"200\"} 2"
        ));
        assert!(text.contains("route=\"/api/v1/calls\",status=\"200\",le=\"0.005\"} 1"));
        assert!(text.contains("route=\"/api/v1/calls\",status=\"200\",le=\"0.25\"} 2"));
        assert!(text.contains("route=\"/api/v1/calls\",status=\"200\",le=\"+Inf\"} 2"));
    }
}
