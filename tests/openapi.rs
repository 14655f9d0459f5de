//! The OpenAPI document: committed, current, served; Swagger UI served offline.

mod common;

use common::*;

#[test]
fn the_committed_openapi_document_is_current() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi/openapi.json is committed");
    let current = grantdesk_openapi::openapi_json();
    assert!(
        committed == current,
        "openapi/openapi.json is stale: run `cargo run -- openapi --output openapi/openapi.json`"
    );
}

/// The SDKs under `clients/` say which document they were generated from (its SHA-256); when
/// the document changes they must be generated again. (CI also regenerates both and compares
/// every file: `clients/typescript/ci.sh`, `clients/python/ci.sh`.)
#[test]
fn the_sdks_were_generated_from_the_committed_document() {
    use sha2::{Digest, Sha256};
    let root = env!("CARGO_MANIFEST_DIR");
    let document = std::fs::read(format!("{root}/openapi/openapi.json")).unwrap();
    let digest: String = Sha256::digest(&document)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let typescript =
        std::fs::read_to_string(format!("{root}/clients/typescript/src/schema.d.ts")).unwrap();
    assert!(
        typescript
            .lines()
            .next()
            .is_some_and(|first| first.contains(&format!("(sha256 {digest})"))),
        "clients/typescript is stale: run `npm run generate` in clients/typescript"
    );
    let python = std::fs::read_to_string(format!(
        "{root}/clients/python/grantdesk_client/OPENAPI_SHA256"
    ))
    .unwrap();
    assert_eq!(
        python.trim(),
        digest,
        "clients/python is stale: run clients/python/generate.sh"
    );
}

#[tokio::test]
async fn the_document_is_served_and_describes_money_as_strings() {
    let app = spawn_app().await;
    let res = app.get("/openapi.json", None).await;
    let spec = res.ok(200);
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(spec["info"]["title"], "grantdesk API");
    let budget = &spec["components"]["schemas"]["CallRequest"]["properties"]["budget"];
    assert_eq!(budget["type"], "string", "{budget}");
    // no money field anywhere is a number
    let text = serde_json::to_string(&spec).unwrap();
    assert!(!text.contains("\"format\":\"double\"") && !text.contains("\"format\":\"float\""));
}

#[tokio::test]
async fn swagger_ui_is_served_without_the_network() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(format!("{}/docs/", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("swagger-ui"), "{html}");
    let init = app
        .client
        .get(format!("{}/docs/swagger-initializer.js", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(init.status().as_u16(), 200);
    assert!(init.text().await.unwrap().contains("/openapi.json"));
    let bundle = app
        .client
        .get(format!("{}/docs/swagger-ui-bundle.js", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(bundle.status().as_u16(), 200);
}
