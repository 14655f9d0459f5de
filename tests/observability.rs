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
