//! Request ids and Prometheus metrics.

mod common;

use common::*;

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .expect("request")
}

fn request_id(res: &reqwest::Response) -> uuid::Uuid {
    let value = res
        .headers()
        .get("x-request-id")
        .unwrap_or_else(|| panic!("no x-request-id on {}", res.url()))
        .to_str()
        .expect("ascii header");
    uuid::Uuid::parse_str(value).expect("the request id is a UUID")
}

#[tokio::test]
async fn every_response_has_its_own_request_id_and_metrics_count_it_per_route() {
    let app = spawn_app().await;

    let first = get(&app, "/api/v1/calls?q=EXP23").await;
    assert_eq!(first.status().as_u16(), 200);
    let second = get(&app, "/api/v1/calls").await;
    assert_ne!(request_id(&first), request_id(&second));
    // errors too: an unknown call (404 problem) and an unknown route
    let missing = get(&app, &format!("/api/v1/calls/{}", uuid::Uuid::new_v4())).await;
    assert_eq!(missing.status().as_u16(), 404);
    request_id(&missing);
    let nowhere = get(&app, "/no/such/route").await;
    assert_eq!(nowhere.status().as_u16(), 404);
    request_id(&nowhere);

    // operations staff only: anonymous 401, an applicant 403, finance 200
    let anonymous = get(&app, "/metrics").await;
    assert_eq!(anonymous.status().as_u16(), 401);
    let applicant = app.applicant().await;
    let res = app.get("/metrics", Some(&applicant)).await;
    res.problem(403);
    let finance = app.login(grantdesk_api::auth::Role::Finance).await;
    let metrics = app.get_raw("/metrics", &finance).await;
    assert_eq!(metrics.status().as_u16(), 200);
    request_id(&metrics);
    let content_type = metrics.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    let text = metrics.text().await.unwrap();

    // counted by the route's pattern, not the concrete path
    let calls = r#"method="GET",route="/api/v1/calls",status="200""#;
    assert!(
        text.contains(&format!("grantdesk_http_requests_total{{{calls}}} 2\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "grantdesk_http_request_duration_seconds_count{{{calls}}} 2\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "grantdesk_http_request_duration_seconds_bucket{{{calls},le=\"+Inf\"}} 2\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(
            r#"grantdesk_http_requests_total{method="GET",route="/api/v1/calls/{id}",status="404"} 1"#
        ),
        "{text}"
    );
    assert!(
        text.contains(
            r#"grantdesk_http_requests_total{method="GET",route="unmatched",status="404"} 1"#
        ),
        "{text}"
    );
    assert!(text.contains("# TYPE grantdesk_http_request_duration_seconds histogram"));
}

/// Ends every connection to the test database but its own, from a connection outside the
/// server's pool (PostgreSQL; what a restart or a failover does to the pool). Returns how many.
fn drop_connections(app: &TestApp) -> i64 {
    use diesel::{Connection, RunQueryDsl};
    #[derive(diesel::QueryableByName)]
    struct Ended {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = diesel::PgConnection::establish(&app.database_url).expect("a connection");
    diesel::sql_query(
        "SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .get_result::<Ended>(&mut conn)
    .expect("terminate")
    .n
}

/// One pooled connection and a burst of requests: each waits its turn in the queue in front
/// of the pool (`admission`), none is refused, none is lost.
#[tokio::test]
async fn with_one_connection_a_burst_of_requests_is_served_in_turn() {
    let app = spawn_app().await;
    let one = app
        .spawn_process_with(&[("GRANTDESK_DB_POOL_SIZE", "1".into())])
        .await;
    let there = app.at(&one.base);
    let answers =
        futures::future::join_all((0..48).map(|_| get(&there, "/api/v1/calls?q=EXP23"))).await;
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for res in answers {
        *statuses.entry(res.status().as_u16()).or_default() += 1;
    }
    assert_eq!(statuses, [(200, 48)].into(), "every request answered");
}

/// The pool hands a connection out without asking the database (`SELECT 1`) while its last use,
/// less than a second ago, went without an error: one round trip less per request under load.
/// When PostgreSQL drops every connection (a restart, a failover), a request on a connection
/// that was in use a moment before fails once, as 503 (never a 500), and the pool asks before
/// it hands that connection out again; a connection idle for a second is asked first, so after
/// a pause no request fails. (SQLite's connections are in the process: nothing can drop them,
/// and every request is answered; the pool's rule itself is tested in `persistence::db`.)
#[tokio::test]
async fn after_the_database_drops_every_connection_requests_are_answered_again() {
    let app = spawn_app().await;
    let calls = || get(&app, "/api/v1/calls");
    for _ in 0..20 {
        assert_eq!(calls().await.status().as_u16(), 200);
    }
    if on_postgres() {
        assert!(
            drop_connections(&app) > 0,
            "the server's connections were ended"
        );
    }
    // right after: at most one failure per pooled connection (16 in the tests), each a 503
    let mut failed = 0;
    let mut in_a_row = 0;
    while in_a_row < 20 {
        let res = calls().await;
        match res.status().as_u16() {
            200 => in_a_row += 1,
            503 => {
                failed += 1;
                in_a_row = 0;
            }
            other => panic!("a dropped connection answered {other}"),
        }
        assert!(failed <= 16, "{failed} requests failed after the drop");
    }
    // after a pause: every connection is asked before it is used, and nothing fails
    if on_postgres() {
        assert!(drop_connections(&app) > 0);
    }
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    for _ in 0..20 {
        assert_eq!(calls().await.status().as_u16(), 200, "after a pause");
    }
}
