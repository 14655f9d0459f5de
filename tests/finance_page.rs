//! The finance dashboard at `/finance/`: served from the binary without a token, each file with
//! its content type and a strict Content-Security-Policy, and nothing in it from another origin.
//! (ci/finance/run.sh renders it in headless Chromium and checks its figures against the API.)

mod common;

use common::*;

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .unwrap_or_else(|| panic!("no {name} on {}", res.url()))
        .to_str()
        .expect("text")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn content_type_of(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        _ => "text/html; charset=utf-8",
    }
}

/// The values of `attr="..."` in an HTML text.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').expect("closing quote")]
        })
        .collect()
}

/// Where a text names another origin: any absolute or protocol-relative URL (the SVG namespace,
/// a name rather than an address, aside).
fn external_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for scheme in ["http://", "https://", "url(//", "\"//", "'//"] {
        for (i, _) in text.match_indices(scheme) {
            let url: String = text[i..]
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '\'' | '"' | '`' | ')'))
                .collect();
            if url != "http://www.w3.org/2000/svg" {
                found.push(url);
            }
        }
    }
    found
}

#[tokio::test]
async fn the_dashboard_and_its_files_are_served_with_their_types_and_a_strict_policy() {
    let app = spawn_app().await;
    let client = client();
    let names: Vec<&str> = grantdesk_api::finance_page::asset_names().collect();
    assert!(names.len() >= 3, "{names:?}");
    for name in &names {
        // no token: the files are public, the figures they read are not
        let res = client
            .get(format!("{}/finance/{name}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "/finance/{name}");
        assert_eq!(
            header(&res, "content-type"),
            content_type_of(name),
            "/finance/{name}"
        );
        assert_eq!(header(&res, "x-content-type-options"), "nosniff");
        let csp = header(&res, "content-security-policy").to_owned();
        for directive in [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} missing in {csp}");
        }
        assert!(!csp.contains("unsafe"), "{csp}");
        assert!(!csp.contains("http"), "another origin in {csp}");
        let text = res.text().await.unwrap();
        assert!(!text.is_empty(), "/finance/{name} is empty");
        let external = external_references(&text);
        assert!(
            external.is_empty(),
            "/finance/{name} names another origin: {external:?}"
        );
    }
}

#[tokio::test]
async fn the_page_loads_only_its_own_files_and_no_inline_script_or_style() {
    let app = spawn_app().await;
    let client = client();
    let page = client
        .get(format!("{}/finance/", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"sign-in-form\""), "{page}");
    for (i, _) in page.match_indices("<script") {
        let tag = &page[i..i + page[i..].find('>').expect("tag")];
        assert!(tag.contains("src="), "an inline script: {tag}>");
    }
    assert!(!page.contains("<style"), "an inline style sheet");
    assert!(!page.contains(" style=\""), "an inline style");
    let references: Vec<&str> = attribute_values(&page, "src")
        .into_iter()
        .chain(attribute_values(&page, "href"))
        .collect();
    assert!(references.contains(&"finance.js"), "{references:?}");
    assert!(references.contains(&"finance.css"), "{references:?}");
    for reference in references {
        if reference.starts_with('#') {
            continue;
        }
        assert!(
            !reference.contains(':') && !reference.starts_with("//"),
            "not a file of this server: {reference}"
        );
        let res = client
            .get(format!("{}/finance/{reference}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{reference}");
    }
    // the script's module imports are files of this server too
    let script = client
        .get(format!("{}/finance/finance.js", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for line in script.lines().filter(|l| l.starts_with("import ")) {
        let from = line.split(['\'', '"']).nth(1).expect("a module path");
        assert!(from.starts_with("./"), "{line}");
        let res = client
            .get(format!("{}/finance/{}", app.base, &from[2..]))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{from}");
        assert_eq!(header(&res, "content-type"), content_type_of(from));
    }
    // labels in Dutch, French and English
    for word in [
        "Oproep",
        "Appel",
        "Call",
        "Beschikbaar",
        "Disponible",
        "Available",
    ] {
        assert!(script.contains(word), "no label {word}");
    }
}

#[tokio::test]
async fn the_dashboard_answers_at_its_address_only() {
    let app = spawn_app().await;
    let client = client();
    let res = client
        .get(format!("{}/finance", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 308);
    assert_eq!(header(&res, "location"), "/finance/");
    let res = client
        .get(format!("{}/finance/index.html", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    for missing in [
        "/finance/nothing.js",
        "/finance/../Cargo.toml",
        "/finance/x/finance.js",
    ] {
        let res = client
            .get(format!("{}{missing}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 404, "{missing}");
        assert_eq!(header(&res, "content-type"), "application/problem+json");
    }
    // the figures the page reads need a token
    let res = client
        .get(format!("{}/api/v1/budget-articles", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
}
