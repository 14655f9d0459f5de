//! The architecture rules that a reviewer would otherwise check by hand.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn dependencies(manifest: &str) -> Vec<String> {
    let text = read(manifest);
    let section = text
        .split("[dependencies]")
        .nth(1)
        .expect("a [dependencies] section")
        .split("\n[")
        .next()
        .unwrap_or("");
    section
        .lines()
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_domain_depends_on_no_io_crate() {
    // pure crates only: time arithmetic, decimals, (de)serialisation, hashing, ids, and file
    // types read from bytes in memory (a magic-number detector without its std feature, a
    // ZIP reader over a Cursor; the domain's sources never name std::fs), and for webhooks'
    // signatures and endpoints an HMAC, base64 and a URL parser (addresses are `core::net`'s
    // types: values, no sockets), and for the audit log's checkpoints an Ed25519 signature
    // over bytes (keys come in as bytes; nothing is read or generated here)
    let allowed = [
        "ed25519-dalek",
        "base64",
        "hmac",
        "url",
        "chrono",
        "chrono-tz",
        "rust_decimal",
        "serde",
        "serde_json",
        "sha2",
        "thiserror",
        "uuid",
        "infer",
        "zip",
    ];
    for dep in dependencies("domain/Cargo.toml") {
        assert!(
            allowed.contains(&dep.as_str()),
            "domain/ must stay pure, but depends on {dep}"
        );
    }
    // without their defaults: infer's std feature reads files, zip's defaults bring more
    // codecs and encryption
    let manifest = read("domain/Cargo.toml");
    for dep in ["infer", "zip"] {
        let line = manifest
            .lines()
            .find(|l| l.starts_with(&format!("{dep} ")))
            .unwrap_or_else(|| panic!("{dep} in domain/Cargo.toml"));
        assert!(line.contains("default-features = false"), "{line}");
    }
}

#[test]
fn the_domain_never_reads_the_clock() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("domain/src"),
        &mut files,
    );
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        for forbidden in [
            "Utc::now",
            "Local::now",
            "SystemTime::now",
            "Instant::now",
            "std::fs",
            "std::net",
        ] {
            assert!(
                !text.contains(forbidden),
                "{} uses {forbidden}",
                file.display()
            );
        }
    }
}

#[test]
fn dependencies_point_one_way() {
    let persistence = dependencies("persistence/Cargo.toml");
    assert!(!persistence
        .iter()
        .any(|d| d == "grantdesk-api" || d == "actix-web"));
    let domain = dependencies("domain/Cargo.toml");
    assert!(!domain.iter().any(|d| d.starts_with("grantdesk")));
}

/// Money columns: amounts in cents and the accounts' running totals.
fn is_money_column(name: &str) -> bool {
    name.ends_with("_cents")
        || [
            "debits_posted",
            "credits_posted",
            "debits_pending",
            "credits_pending",
        ]
        .contains(&name)
}

/// SQL with its `--` comments removed.
fn without_comments(sql: &str) -> String {
    sql.lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `name TYPE` column definition of a migration (a line of a `CREATE TABLE` body, or
/// `ALTER TABLE ... ADD COLUMN name TYPE`), as (name, type).
fn column_definitions(sql: &str) -> Vec<(String, String)> {
    const NOT_TYPES: [&str; 12] = [
        "IS", "AND", "OR", "IN", "NOT", "BETWEEN", "LIKE", "FROM", "AS", "THEN", "ELSE", "WHEN",
    ];
    let mut out = Vec::new();
    for line in without_comments(sql).lines() {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        let start = tokens
            .windows(2)
            .position(|w| w[0].eq_ignore_ascii_case("ADD") && w[1].eq_ignore_ascii_case("COLUMN"))
            .map_or(0, |i| i + 2);
        let [name, ty, ..] = &tokens[start..] else {
            continue;
        };
        let ty = ty
            .trim_end_matches([',', ')'])
            .split('(')
            .next()
            .unwrap_or("");
        let is_name = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        let is_type = !ty.is_empty()
            && ty
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && !NOT_TYPES.contains(&ty);
        if is_name && is_type {
            out.push((name.to_string(), ty.to_owned()));
        }
    }
    out
}

/// Every migration folder of a backend, oldest first.
fn migration_dirs(backend: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn money_columns_are_integer_cents_on_both_backends() {
    let mut money_names = Vec::new();
    for backend in ["sqlite", "postgres"] {
        let dirs = migration_dirs(backend);
        assert!(
            dirs.iter()
                .any(|d| d.ends_with("2023-06-01-000000_foundation")),
            "{backend}: the foundation migration is among {dirs:?}"
        );
        let mut names = std::collections::BTreeSet::new();
        for dir in &dirs {
            for file in ["up.sql", "down.sql"] {
                let path = dir.join(file);
                let sql = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                for (name, ty) in column_definitions(&sql) {
                    if is_money_column(&name) {
                        assert_eq!(
                            ty,
                            "BIGINT",
                            "{}: money column {name} is {ty}, not BIGINT cents",
                            path.display()
                        );
                        if file == "up.sql" {
                            names.insert(name);
                        }
                    }
                }
                let sql = without_comments(&sql).to_uppercase();
                for word in sql.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                    assert!(
                        ![
                            "REAL", "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "NUMERIC", "DECIMAL",
                            "MONEY"
                        ]
                        .contains(&word),
                        "{}: {word} type",
                        path.display()
                    );
                }
            }
        }
        // the parser sees the money columns of the foundation and of the later migrations
        for expected in [
            "amount_cents",
            "budget_cents",
            "debits_posted",
            "credits_pending",
            "awarded_cents",
            "accepted_spend_cents",
        ] {
            assert!(
                names.contains(expected),
                "{backend}: no definition of {expected} found in {names:?}"
            );
        }
        money_names.push(names);
    }
    assert_eq!(
        money_names[0], money_names[1],
        "SQLite and PostgreSQL define the same money columns"
    );
}

/// The handler names in a list of Rust paths (`routes::calls::list_calls` → `list_calls`).
fn handler_names(list: &str) -> std::collections::BTreeSet<String> {
    list.split([',', '\n', '(', ')'])
        .map(str::trim)
        .filter(|item| item.contains("::") && !item.contains(' ') && !item.contains('.'))
        .filter_map(|item| item.rsplit("::").next())
        .filter(|name| {
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_registered_route_is_in_the_openapi_document() {
    // the authorization matrix walks the route table, which must equal the OpenAPI document
    // (tests/auth.rs); this closes the circle: a handler registered with actix but left out of
    // the document would escape both the matrix and the generated clients
    let api = read("api/src/lib.rs");
    let configure = &api[api.find("pub fn configure").expect("configure")..];
    let configure = &configure[..configure.find("\n}\n").expect("end of configure")];
    let registered: std::collections::BTreeSet<String> = configure
        .match_indices(".service(")
        .filter_map(|(i, m)| {
            let rest = &configure[i + m.len()..];
            let end = rest.find([')', ','])?;
            let item = rest[..end].trim();
            (item.contains("::") && !item.starts_with("web::"))
                .then(|| item.rsplit("::").next().unwrap().to_owned())
        })
        .collect();
    let doc = read("openapi/src/lib.rs");
    let paths = &doc[doc.find("paths(").expect("paths(")..];
    let paths = &paths[..paths.find("\n    ),").expect("end of paths")];
    let documented = handler_names(&paths["paths(".len()..]);
    assert!(
        registered.len() > 60 && registered.contains("list_calls"),
        "the registered handlers were not found: {registered:?}"
    );
    let undocumented: Vec<&String> = registered.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "registered in api/src/lib.rs but not in the OpenAPI document: {undocumented:?}"
    );
    let unregistered: Vec<&String> = documented.difference(&registered).collect();
    assert!(
        unregistered.is_empty(),
        "in the OpenAPI document but not registered: {unregistered:?}"
    );
}

/// Every `.rs` file under `dir` (relative to the repository), with its text.
fn sources(dir: &str) -> Vec<(std::path::PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no sources under {dir}");
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("source");
            (p, text)
        })
        .collect()
}

/// A source without its test module (tests may import freely) and its comments.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `crate::a::b` module paths of `api/src`, each with the module paths its code names.
fn api_module_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("api/src");
    let modules: Vec<(String, String)> = sources("api/src")
        .into_iter()
        .map(|(path, text)| {
            let rel = path.strip_prefix(&root).expect("under api/src");
            let mut name = rel.with_extension("").to_string_lossy().replace('/', "::");
            for tail in ["::mod", "lib"] {
                if let Some(stripped) = name.strip_suffix(tail) {
                    name = stripped.to_owned();
                }
            }
            (name, code_of(&text))
        })
        .collect();
    let names: std::collections::BTreeSet<&str> = modules.iter().map(|m| m.0.as_str()).collect();
    // the longest known module a path starts with
    let target = |path: &str| -> Option<String> {
        let parts: Vec<&str> = path.split("::").collect();
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("::"))
            .find(|candidate| names.contains(candidate.as_str()))
    };
    let mut graph = std::collections::BTreeMap::new();
    for (name, code) in &modules {
        let mut edges = std::collections::BTreeSet::new();
        // `crate::a::b` paths, including those in braces: `crate::{a, b::c}`
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let mut paths = Vec::new();
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                paths.extend(group[..end].split(',').map(|p| p.trim().to_owned()));
            } else {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                let path = rest[..end].trim_end_matches(':');
                // `crate::a::{b, c}`: each of the group
                if rest[end..].starts_with('{') {
                    let group = &rest[end + 1..];
                    let close = group.find('}').unwrap_or(group.len());
                    paths.extend(
                        group[..close]
                            .split(',')
                            .map(|p| format!("{path}::{}", p.trim())),
                    );
                } else {
                    paths.push(path.to_owned());
                }
            }
            for path in paths {
                let path = path.split_whitespace().next().unwrap_or("").to_owned();
                if let Some(t) = target(&path) {
                    let nested =
                        t.starts_with(&format!("{name}::")) || name.starts_with(&format!("{t}::"));
                    if &t != name && !nested {
                        edges.insert(t);
                    }
                }
            }
        }
        graph.insert(name.clone(), edges);
    }
    graph
}

#[test]
fn the_modules_of_the_api_import_each_other_in_one_direction_only() {
    let graph = api_module_graph();
    assert!(
        graph["routes::calls"].contains("services::calls"),
        "the graph was not read: {graph:?}"
    );
    // a depth-first search for a way back to where it started
    fn back(
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        from: &str,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        for next in &graph[from] {
            if let Some(i) = path.iter().position(|p| p == next) {
                let mut cycle = path[i..].to_vec();
                cycle.push(next.clone());
                return Some(cycle);
            }
            path.push(next.clone());
            if let Some(cycle) = back(graph, next, path) {
                return Some(cycle);
            }
            path.pop();
        }
        None
    }
    for start in graph.keys() {
        let cycle = back(&graph, start, &mut vec![start.clone()]);
        assert!(
            cycle.is_none(),
            "modules of api/src import each other in a circle: {cycle:?}"
        );
    }
}

#[test]
fn handlers_only_translate_http() {
    for (path, text) in sources("api/src/routes") {
        let code = code_of(&text);
        let name = path.display();
        if path.ends_with("mod.rs") {
            continue;
        }
        // no route file borrows another's loaders, postings or views
        assert!(
            !code.contains("crate::routes::"),
            "{name} imports another route file"
        );
        // no handler opens transactions or reads tables itself
        for forbidden in [
            "DbConn",
            "&Db",
            "grantdesk_persistence",
            ".write(",
            ".read(",
        ] {
            assert!(
                !code.contains(forbidden),
                "{name} uses {forbidden}: a use case belongs in api/src/services"
            );
        }
    }
}

#[test]
fn use_cases_know_no_http() {
    for (path, text) in sources("api/src/services") {
        let code = code_of(&text);
        for forbidden in ["actix_web", "HttpResponse", "HttpRequest", "crate::routes"] {
            assert!(
                !code.contains(forbidden),
                "{} uses {forbidden}: HTTP belongs in the handlers",
                path.display()
            );
        }
    }
}

#[test]
fn the_common_problem_responses_are_declared_once() {
    // every endpoint names the shared sets of api/src/problems.rs; a problem row of its own
    // says when that problem happens (a description)
    let mut rows = 0;
    for (path, text) in sources("api/src/routes") {
        for line in text
            .lines()
            .filter(|l| l.contains("application/problem+json"))
        {
            rows += 1;
            assert!(
                line.contains("description = \""),
                "{}: a problem row without a description repeats a shared set: {line}",
                path.display()
            );
        }
    }
    // a ratchet: each new row is a problem particular to its endpoint (a 409 naming its rule)
    assert!(rows < 78, "{rows} problem rows in the route files");
}

#[test]
fn every_csv_is_written_by_the_one_writer_that_defuses_free_text() {
    for (path, text) in sources("api/src") {
        if path.ends_with("csv_file.rs") {
            continue;
        }
        let code = code_of(&text);
        for forbidden in ["csv::Writer", "csv::WriterBuilder", "csv::Terminator"] {
            assert!(
                !code.contains(forbidden),
                "{} writes CSV itself ({forbidden}): use crate::csv_file",
                path.display()
            );
        }
    }
}

#[test]
fn rules_have_one_owner_in_the_domain() {
    // the award cap's account choice and the eligibility rule are said once, in the domain
    for (path, text) in sources("api/src")
        .into_iter()
        .chain(sources("persistence/src"))
    {
        let code = code_of(&text);
        for (forbidden, owner) in [
            (
                "AccountKind::TrackAvailable",
                "domain::postings::award_source",
            ),
            ("AccountKind::CallAvailable", "domain::postings"),
            ("Eligibility::Eligible", "domain::eligibility::is_eligible"),
            ("== \"eligible\"", "domain::eligibility::is_eligible"),
            ("== \"selected\"", "domain::eligibility"),
            ("money_string", "Money's Display"),
        ] {
            assert!(
                !code.contains(forbidden),
                "{} says {forbidden}: the rule belongs to {owner}",
                path.display()
            );
        }
    }
}
