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
