//! Conventions every lint keeps (ARCHITECTURE "Tests"): a doc with the fixed headings whose
//! examples behave as stated, firing and clean ui-tests, no orphans, the README table in sync,
//! and the proc-macro crate knowing the same lint names as the analyzer.

use launchlint_core::engine::{self, RunOptions};
use std::path::{Path, PathBuf};

const HEADINGS: &[&str] =
    &["What it does", "Why is this bad?", "Example", "Use instead", "Configuration", "Suppressing", "References"];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn names() -> Vec<&'static str> {
    let mut v: Vec<&str> = launchlint_lints::LINTS.iter().map(|l| l.meta().name).collect();
    v.sort_unstable();
    v
}

fn doc(name: &str) -> String {
    std::fs::read_to_string(repo().join("lints/docs").join(format!("{name}.md")))
        .unwrap_or_else(|_| panic!("lints/docs/{name}.md is missing"))
}

#[test]
fn registry_is_sorted_and_unique_and_metadata_is_well_formed() {
    let names = names();
    let mut dedup = names.clone();
    dedup.dedup();
    assert_eq!(names, dedup, "duplicate lint names");
    for l in launchlint_lints::LINTS {
        let m = l.meta();
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{} is not snake_case", m.name);
        assert!(!m.summary.ends_with('.'), "{}: summary ends with a period", m.name);
        assert!(
            !m.summary.chars().next().is_some_and(char::is_uppercase)
                || m.summary.starts_with("CORS")
                || m.summary.starts_with("JWT"),
            "{}: summary starts uppercase",
            m.name
        );
        let security = !matches!(m.name, "parse_error" | "unused_suppression");
        if security {
            assert!(!m.cwe.is_empty() && !m.owasp.is_empty(), "{}: CWE and OWASP references required", m.name);
            let d = doc(m.name);
            for c in m.cwe {
                assert!(d.contains(c), "{}: doc does not cite {c}", m.name);
            }
        }
        assert_eq!(m.doc, doc(m.name), "{}: the embedded doc is not lints/docs/{}.md", m.name, m.name);
        assert!(!launchlint_lints::RESERVED.contains(&m.name), "{} is both registered and reserved", m.name);
    }
}

#[test]
fn every_lint_has_a_doc_with_the_headings_in_order() {
    for name in names() {
        let d = doc(name);
        assert!(d.starts_with(&format!("# {name}\n")), "{name}: doc must start with `# {name}`");
        let found: Vec<&str> = d.lines().filter_map(|l| l.strip_prefix("## ")).collect();
        let expected: Vec<&str> = HEADINGS.to_vec();
        let main: Vec<&str> = found.iter().copied().filter(|h| *h != "Known limitations").collect();
        assert_eq!(main, expected, "{name}: headings");
        if let Some(pos) = found.iter().position(|h| *h == "Known limitations") {
            assert_eq!(pos, found.len() - 1, "{name}: `Known limitations` comes last");
        }
    }
}

fn section_block(doc: &str, heading: &str) -> String {
    let mut in_section = false;
    let mut in_block = false;
    let mut block = Vec::new();
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            in_section = h == heading;
            continue;
        }
        if !in_section {
            continue;
        }
        if line.starts_with("```") {
            if in_block {
                return block.join("\n") + "\n";
            }
            in_block = true;
            continue;
        }
        if in_block {
            block.push(line);
        }
    }
    panic!("no code block under `## {heading}`");
}

fn lint_snippet(code: &str, tag: &str) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("launchlint-meta-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let file = dir.join("example.rs");
    std::fs::write(&file, code).expect("write");
    let out = engine::run(
        &RunOptions { paths: vec![file], threads: 1, ..RunOptions::default() },
        launchlint_lints::LINTS,
        launchlint_lints::RESERVED,
    )
    .expect("run");
    let _ = std::fs::remove_dir_all(&dir);
    out.findings.iter().map(|f| f.lint.to_string()).collect()
}

#[test]
fn doc_examples_fire_and_use_instead_blocks_do_not() {
    for name in names() {
        let d = doc(name);
        let fired = lint_snippet(&section_block(&d, "Example"), &format!("{name}-ex"));
        assert!(fired.iter().any(|l| l == name), "{name}: the Example block does not fire the lint (got {fired:?})");
        let clean = lint_snippet(&section_block(&d, "Use instead"), &format!("{name}-ok"));
        assert!(clean.is_empty(), "{name}: the `Use instead` block fires {clean:?}");
    }
}

#[test]
fn every_lint_has_firing_and_clean_ui_tests_and_nothing_is_orphaned() {
    let ui = repo().join("ui-tests");
    for name in names() {
        let dir = ui.join(name);
        let cases: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("ui-tests/{name}/ is missing"))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
            .collect();
        let text_of = |p: &Path| -> String {
            if p.is_file() {
                return std::fs::read_to_string(p).unwrap_or_default();
            }
            let mut s = String::new();
            let mut stack = vec![p.to_path_buf()];
            while let Some(d) = stack.pop() {
                for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                    let q = e.path();
                    if q.is_dir() {
                        stack.push(q);
                    } else if q.extension().is_some_and(|x| x == "rs") {
                        s.push_str(&std::fs::read_to_string(&q).unwrap_or_default());
                    }
                }
            }
            s
        };
        let firing = cases.iter().filter(|c| text_of(c).contains(&format!(" {name}"))).count();
        let clean = cases
            .iter()
            .filter(|c| {
                c.file_name().is_some_and(|n| n.to_string_lossy().starts_with("clean_")) && !text_of(c).contains("//~")
            })
            .count();
        assert!(firing >= 1, "{name}: no firing ui-test (a case with `//~ {name}`)");
        assert!(clean >= 1, "{name}: no clean ui-test (a `clean_*` case without annotations)");
        for c in &cases {
            let is_clean = c.file_name().is_some_and(|n| n.to_string_lossy().starts_with("clean_"));
            assert!(
                !is_clean || !text_of(c).contains("//~"),
                "{}: a clean_ case must not expect findings",
                c.display()
            );
        }
    }
    let names = names();
    for e in std::fs::read_dir(&ui).expect("ui-tests").flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        assert!(names.contains(&n.as_str()), "ui-tests/{n}/ belongs to no registered lint");
    }
    for e in std::fs::read_dir(repo().join("lints/docs")).expect("docs").flatten() {
        let n = e.file_name().to_string_lossy().trim_end_matches(".md").to_string();
        assert!(names.contains(&n.as_str()), "lints/docs/{n}.md belongs to no registered lint");
    }
}

#[test]
fn every_lint_lives_in_its_own_file() {
    for name in names() {
        let found =
            walk(&repo().join("lints/src")).into_iter().filter(|p| p.file_stem().is_some_and(|s| s == name)).count();
        assert_eq!(found, 1, "lints/src/<topic>/{name}.rs");
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn readme_lint_table_is_up_to_date() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let table = launchlint_lints::docs::readme_table();
    let spliced = launchlint_lints::docs::splice(&readme, &table).expect("README.md has the lint table markers");
    if std::env::var_os("LAUNCHLINT_BLESS").is_some_and(|v| v != "0") {
        std::fs::write(repo().join("README.md"), &spliced).expect("write README.md");
        return;
    }
    assert!(
        spliced == readme,
        "README lint table is stale: run `cargo run -p xtask -- readme` (or LAUNCHLINT_BLESS=1 cargo test --test meta)"
    );
}

#[test]
fn proc_macro_crate_knows_the_same_lints() {
    let src = std::fs::read_to_string(repo().join("crates/launchlint/src/lib.rs")).expect("lib.rs");
    let start = src.find("KNOWN_LINTS").expect("KNOWN_LINTS");
    let body = &src[start..];
    let open = body.find("= &[").expect("= &[") + 4;
    let close = body[open..].find(']').expect("]") + open;
    let mut listed: Vec<&str> =
        body[open..close].split(',').map(|s| s.trim().trim_matches('"')).filter(|s| !s.is_empty()).collect();
    listed.sort_unstable();
    assert_eq!(
        listed,
        launchlint_lints::all_names(),
        "crates/launchlint KNOWN_LINTS and the analyzer's lint names differ"
    );
}

/// ARCHITECTURE decision 6: imports flow one way. Between the top-level modules of
/// `launchlint_core` (`crate::x` references outside comments), the graph has no cycle.
#[test]
fn core_modules_import_in_one_direction() {
    let src = repo().join("crates/launchlint_core/src");
    let mut edges: std::collections::BTreeSet<(String, String)> = std::collections::BTreeSet::new();
    for file in walk(&src).into_iter().filter(|p| p.extension().is_some_and(|x| x == "rs")) {
        let rel = file.strip_prefix(&src).expect("rel").to_string_lossy().replace('\\', "/");
        let from = rel.split('/').next().unwrap_or("").trim_end_matches(".rs").to_string();
        if from == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read");
        let mut in_tests = false;
        for line in text.lines() {
            let t = line.trim_start();
            if t.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests || t.starts_with("//") {
                continue;
            }
            let mut rest = t;
            while let Some(pos) = rest.find("crate::") {
                let after = &rest[pos + 7..];
                let module: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !module.is_empty() && module != from {
                    edges.insert((from.clone(), module));
                }
                rest = after;
            }
        }
    }
    // Depth-first search for a cycle.
    fn visit(
        n: &str,
        edges: &std::collections::BTreeSet<(String, String)>,
        stack: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(pos) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[pos..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.iter().any(|d| d == n) {
            return None;
        }
        stack.push(n.to_string());
        for (_, to) in edges.iter().filter(|(f, _)| f == n) {
            if let Some(c) = visit(to, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.push(n.to_string());
        None
    }
    let mut done = Vec::new();
    for (from, _) in &edges {
        if let Some(cycle) = visit(from, &edges, &mut Vec::new(), &mut done) {
            panic!("module import cycle in launchlint_core: {}", cycle.join(" -> "));
        }
    }
    assert!(edges.len() > 5, "the scan found the imports ({edges:?})");
}
