//! ui-tests (clippy style). Each case under `ui-tests/<lint>/` is a single `.rs` file or a
//! folder (a mini crate, optional `launchlint.toml`). Expected findings are marked inline with
//! `//~ lint_name` (primary label on that line) or `//~^ lint_name` (each `^` one line up); the
//! set of (file, line, lint) must match exactly, and the full human rendering must equal the
//! case's `.stderr` file. `LAUNCHLINT_BLESS=1 cargo test --test ui` rewrites `.stderr` files
//! (never annotations). Every case runs every lint.

use launchlint_core::diag::render::{self, Format, Report};
use launchlint_core::engine::{self, RunOptions};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui-tests")
}

/// Expected (file, line, lint) from `//~` annotations in every `.rs` file of a case.
fn annotations(case: &Path) -> Vec<(String, usize, String)> {
    let base = if case.is_file() { case.parent().unwrap_or(case) } else { case };
    let mut files: Vec<PathBuf> = if case.is_file() { vec![case.to_path_buf()] } else { walkdir(case) };
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let rel = f.strip_prefix(base).unwrap_or(&f).to_string_lossy().replace('\\', "/");
        let marker = if f.extension().is_some_and(|x| x == "rs" || x == "json") {
            "//~"
        } else if f.extension().is_some_and(|x| x == "sql") {
            "--~"
        } else {
            "#~"
        };
        for (i, line) in text.lines().enumerate() {
            let Some(pos) = line.find(marker) else {
                continue;
            };
            let rest = &line[pos + marker.len()..];
            let carets = rest.chars().take_while(|c| *c == '^').count();
            for name in rest[carets..].split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty()) {
                out.push((rel.clone(), i + 1 - carets, name.to_string()));
            }
        }
    }
    out.sort();
    out
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else if (p
            .extension()
            .is_some_and(|x| x == "rs" || x == "toml" || x == "sql" || x == "yaml" || x == "yml" || x == "json")
            || p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(".env")))
            && p.file_name().is_some_and(|n| n != "Cargo.toml")
        {
            out.push(p);
        }
    }
    out
}

fn run_case(case: &Path) -> Result<(), Failed> {
    let opts = RunOptions { paths: vec![case.to_path_buf()], threads: 1, ..RunOptions::default() };
    let out = engine::run(&opts, launchlint_lints::LINTS, launchlint_lints::RESERVED)
        .map_err(|e| format!("run failed: {e}"))?;
    let mut actual: Vec<(String, usize, String)> = out
        .findings
        .iter()
        .map(|f| {
            let file = out.db.get(f.primary.span.file);
            (file.display.clone(), file.line_col(f.primary.span.start as usize).0, f.lint.to_string())
        })
        .collect();
    actual.sort();
    let expected = annotations(case);
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
    let mut problems = Vec::new();
    if actual != expected {
        let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
        let extra: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
        problems.push(format!(
            "findings differ from the //~ annotations\n  expected but not found: {missing:?}\n  found but not expected: {extra:?}\n  (expected {} finding(s), found {})",
            expected.len(),
            actual.len()
        ));
    }
    let stderr_path = case.with_extension("stderr");
    let stderr_path = if case.is_dir() { PathBuf::from(format!("{}.stderr", case.display())) } else { stderr_path };
    if std::env::var_os("LAUNCHLINT_BLESS").is_some_and(|v| v != "0") {
        std::fs::write(&stderr_path, &rendered).map_err(|e| format!("cannot write {}: {e}", stderr_path.display()))?;
    } else {
        match std::fs::read_to_string(&stderr_path) {
            Ok(want) if want == rendered => {}
            Ok(want) => {
                problems.push(format!("rendering differs from {}:\n{}", stderr_path.display(), diff(&want, &rendered)))
            }
            Err(_) => problems
                .push(format!("{} is missing; run `LAUNCHLINT_BLESS=1 cargo test --test ui`", stderr_path.display())),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- actual output ---\n{rendered}", problems.join("\n")).into())
    }
}

/// A small line diff: lines only in one side, marked `-` (expected) and `+` (actual).
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let n = w.len().max(g.len());
    for i in 0..n {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!("-{a}\n"));
                }
                if let Some(b) = b {
                    out.push_str(&format!("+{b}\n"));
                }
            }
        }
    }
    out
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let mut lints: Vec<PathBuf> = std::fs::read_dir(root())
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    lints.sort();
    for lint_dir in lints {
        let lint = lint_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&lint_dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
                    .collect()
            })
            .unwrap_or_default();
        cases.sort();
        for case in cases {
            let name = case.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            trials.push(Trial::test(format!("{lint}/{name}"), move || run_case(&case)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
