//! The compiled demo apps under `tests/apps/`: every finding of a registered lint sits on a line
//! marked `// launchlint-demo: finding <lint>`, every such marker of a registered lint has its
//! finding, and no `safe` twin is flagged. The full output is also snapshotted
//! (`tests/apps/<app>.expected`; `LAUNCHLINT_BLESS=1` rewrites it).

use launchlint_core::diag::render::{self, Format, Report};
use launchlint_core::engine::{self, RunOptions};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn apps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/apps")
}

fn markers(app: &Path, kind: &str) -> BTreeSet<(String, usize, String)> {
    let mut out = BTreeSet::new();
    let mut stack = vec![app.join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("src").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let text = std::fs::read_to_string(&p).expect("read");
            let rel = p.strip_prefix(app).expect("rel").to_string_lossy().replace('\\', "/");
            for (i, line) in text.lines().enumerate() {
                if let Some(pos) = line.find(&format!("launchlint-demo: {kind} ")) {
                    let lint = line[pos..].split_whitespace().nth(2).unwrap_or("").to_string();
                    out.insert((rel.clone(), i + 1, lint));
                }
            }
        }
    }
    out
}

fn check_app(name: &str) {
    let app = apps().join(name);
    let out = engine::run(
        &RunOptions { paths: vec![app.clone()], threads: 2, ..RunOptions::default() },
        launchlint_lints::LINTS,
        launchlint_lints::RESERVED,
    )
    .expect("run");
    let registered: Vec<&str> = launchlint_lints::LINTS.iter().map(|l| l.meta().name).collect();
    let found: BTreeSet<(String, usize, String)> = out
        .findings
        .iter()
        .map(|f| {
            let file = out.db.get(f.primary.span.file);
            (file.display.clone(), file.line_col(f.primary.span.start as usize).0, f.lint.to_string())
        })
        .collect();
    let expected: BTreeSet<_> =
        markers(&app, "finding").into_iter().filter(|(_, _, l)| registered.contains(&l.as_str())).collect();
    assert_eq!(
        found, expected,
        "{name}: findings differ from the `launchlint-demo: finding` markers of registered lints"
    );
    for (file, line, lint) in markers(&app, "safe") {
        assert!(
            !found.contains(&(file.clone(), line, lint.clone())),
            "{name}: safe twin flagged at {file}:{line} ({lint})"
        );
    }
    let report = Report {
        db: &out.db,
        findings: &out.findings,
        suppressed: None,
        summary: out.summary,
        lints: &out.enabled,
        color: false,
        tool_version: "test",
        quiet: false,
    };
    let rendered = render::render(Format::Human, &report);
    let snapshot = apps().join(format!("{name}.expected"));
    if std::env::var_os("LAUNCHLINT_BLESS").is_some_and(|v| v != "0") {
        std::fs::write(&snapshot, &rendered).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&snapshot)
        .unwrap_or_else(|_| panic!("{} missing: run LAUNCHLINT_BLESS=1 cargo test --test apps", snapshot.display()));
    assert!(want == rendered, "{name}: output differs from {}:\n{rendered}", snapshot.display());
}

#[test]
fn axum_community() {
    check_app("axum-community");
}

#[test]
fn actix_billing() {
    check_app("actix-billing");
}

/// `cargo launchlint routes` on a demo app, compared with its hand-checked table
/// (`tests/apps/<app>.routes`: method | path | handler | protection | rate limit). Edit that file by hand
/// when the app changes: it is the reviewed truth, not a snapshot.
fn check_routes(name: &str) {
    let app = apps().join(name);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cargo-launchlint"))
        .args(["routes", "--format", "csv"])
        .arg(&app)
        .output()
        .expect("run cargo-launchlint routes");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).expect("utf8");
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).expect("column");
    let (m, p, h, pr, rl) = (col("method"), col("path"), col("handler"), col("protection"), col("rate_limit"));
    let mut got = vec!["# method | path | handler | protection | rate limit".to_string()];
    for line in lines {
        let cells = split_csv(line);
        let rate = if cells[rl].is_empty() { "none" } else { cells[rl].as_str() };
        got.push(format!("{} | {} | {} | {} | {}", cells[m], cells[p], cells[h], cells[pr], rate));
    }
    let want = std::fs::read_to_string(apps().join(format!("{name}.routes"))).expect("expected routes table");
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(got, want, "{name}: route inventory differs from the hand-checked table");
}

fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

#[test]
fn axum_community_routes() {
    check_routes("axum-community");
}

#[test]
fn actix_billing_routes() {
    check_routes("actix-billing");
}
