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
    // pure crates only: time arithmetic, decimals, (de)serialisation, hashing, ids
    let allowed = [
        "chrono",
        "chrono-tz",
        "rust_decimal",
        "serde",
        "serde_json",
        "sha2",
        "thiserror",
        "uuid",
    ];
    for dep in dependencies("domain/Cargo.toml") {
        assert!(
            allowed.contains(&dep.as_str()),
            "domain/ must stay pure, but depends on {dep}"
        );
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

#[test]
fn money_columns_are_integer_cents_on_both_backends() {
    for backend in ["sqlite", "postgres"] {
        let sql = read(&format!(
            "migrations/{backend}/2023-06-01-000000_foundation/up.sql"
        ));
        for line in sql.lines().filter(|l| l.contains("_cents")) {
            assert!(
                line.contains("BIGINT"),
                "{backend}: money column not BIGINT: {line}"
            );
        }
        let upper = sql.to_uppercase();
        for float in ["REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL"] {
            assert!(
                !upper.contains(&format!(" {float}")),
                "{backend}: {float} column"
            );
        }
    }
}
