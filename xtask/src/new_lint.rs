//! `new-lint <name> <topic> <critical|recommended>`: scaffolds a lint.
//!
//! Creates `lints/src/<topic>/<name>.rs` (`declare_lint!` + `impl Lint`), `lints/docs/<name>.md`
//! (the fixed headings) and `ui-tests/<name>/` (a firing case and a `clean_` case, both TODO
//! placeholders), then prints the lines to add by hand to `lints/src/lib.rs` and the topic's
//! `mod.rs`: it never edits existing files.

use std::path::{Path, PathBuf};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "try", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield",
];

/// `snake_case`: lowercase ASCII words of letters and digits joined by single underscores,
/// starting with a letter, and not a Rust keyword.
pub fn is_snake_case(s: &str) -> bool {
    let starts_with_letter = s.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    starts_with_letter
        && s.split('_').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        && !KEYWORDS.contains(&s)
}

/// `missing_auth` → `MissingAuth`.
pub fn camel(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupArg {
    Critical,
    Recommended,
}

impl GroupArg {
    fn ident(self) -> &'static str {
        match self {
            GroupArg::Critical => "Critical",
            GroupArg::Recommended => "Recommended",
        }
    }
    fn word(self) -> &'static str {
        match self {
            GroupArg::Critical => "critical",
            GroupArg::Recommended => "recommended",
        }
    }
    fn level(self) -> &'static str {
        match self {
            GroupArg::Critical => "deny",
            GroupArg::Recommended => "warn",
        }
    }
}

pub fn lint_rs(name: &str, group: GroupArg) -> String {
    let upper = name.to_ascii_uppercase();
    let ty = camel(name);
    format!(
        r#"use launchlint_core::declare_lint;
use launchlint_core::{{Finding, Lint, LintContext, LintMeta}};

declare_lint! {{
    pub {upper}, {ty},
    name: "{name}",
    group: {group},
    summary: "TODO: what it finds, one line, lowercase, no trailing period",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/{name}.md"),
}}

impl Lint for {ty} {{
    fn meta(&self) -> &'static LintMeta {{
        &{upper}
    }}

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {{
        // TODO: walk the facts in `cx.model` and push one finding per problem, for example:
        //
        // out.push(
        //     Finding::new({upper}.name, "the problem, lowercase", Label::new(span, "what is wrong here"))
        //         .help("how to fix it")
        //         .item_path(item_path.clone())
        //         .confidence(Confidence::High),
        // );
        let _ = (cx, out);
    }}
}}
"#,
        group = group.ident()
    )
}

pub fn doc_md(name: &str, group: GroupArg) -> String {
    let (word, level) = (group.word(), group.level());
    let cli = match group {
        GroupArg::Critical => format!("`-W`/`-A {name}`"),
        GroupArg::Recommended => format!("`-D`/`-A {name}`"),
    };
    format!(
        r#"# {name}

## What it does

TODO: the pattern this lint finds, the frameworks and crates whose shapes it understands, how far
it follows values (let bindings, helper fns, modules), and what it deliberately does not report.

## Why is this bad?

TODO: the concrete risk: what an attacker can do, or what goes wrong in production.

## Example

```rust
// TODO: a small, realistic snippet that `{name}` reports
```

## Use instead

```rust
// TODO: the same snippet, fixed
```

## Configuration

Group **{word}**, so the default level is `{level}`. Set the level in `launchlint.toml`:

```toml
[lints]
{name} = "{level}"   # "allow" | "warn" | "deny"
```

On the command line: {cli}. This lint has no keys of its own.

## Suppressing

- In code: put `#[launchlint::allow({name}, reason = "...")]` on the fn, impl or mod. The reason
  is required.
- In config: add an `[[allow]]` entry with `lint = "{name}"`, a `path` glob and a `reason`.
- Baseline: `cargo launchlint baseline` writes `launchlint-baseline.json`, and the listed
  findings are hidden.

A suppression that no longer matches anything is reported as `unused_suppression`.

## References

- TODO: [CWE-NNN: title](https://cwe.mitre.org/data/definitions/NNN.html)
- TODO: [OWASP APIn:2023 title](https://owasp.org/API-Security/editions/2023/en/)
"#
    )
}

pub fn firing_case(name: &str) -> String {
    format!(
        r#"//! TODO: one line on the situation this case models.

// TODO: replace this placeholder with realistic service code that `{name}` must report, and
// annotate every line that must be reported the way the line in the fn below is (a caret after
// the tilde points one line up). Then run `LAUNCHLINT_BLESS=1 cargo test --test ui` to write
// `basic.stderr`. Until then this case fails on purpose: the annotation expects a finding.

pub fn todo_firing_case() {{
    let _todo = (); //~ {name}
}}
"#
    )
}

pub fn clean_case(name: &str) -> String {
    format!(
        r#"//! TODO: one line on the safe code this case models.

// TODO: replace this placeholder with the closest safe variant of the firing case: code that
// `{name}` must NOT report (so no expected-finding annotations here). Then run
// `LAUNCHLINT_BLESS=1 cargo test --test ui` to write `clean_basic.stderr`.

pub fn todo_clean_case() {{}}
"#
    )
}

/// What to create and where.
#[derive(Debug)]
pub struct Plan {
    pub files: Vec<(PathBuf, String)>,
    pub registry_line: String,
    pub mod_line: String,
    pub topic_mod: PathBuf,
}

/// Checks the arguments against the workspace at `root` and plans the files.
pub fn plan(root: &Path, name: &str, topic: &str, group: &str) -> Result<Plan, String> {
    if !is_snake_case(name) {
        return Err(format!(
            "lint name `{name}` is not snake_case (lowercase words joined by `_`, e.g. `missing_auth`)"
        ));
    }
    if !is_snake_case(topic) {
        return Err(format!("topic `{topic}` is not snake_case (e.g. `auth`, `cors`)"));
    }
    let group = match group {
        "critical" => GroupArg::Critical,
        "recommended" => GroupArg::Recommended,
        other => return Err(format!("group must be `critical` or `recommended`, not `{other}`")),
    };
    if launchlint_lints::find(name).is_some() {
        return Err(format!("lint `{name}` already exists in the registry"));
    }
    let src = root.join("lints/src");
    if let Ok(dirs) = std::fs::read_dir(&src) {
        for d in dirs.flatten() {
            let existing = d.path().join(format!("{name}.rs"));
            if existing.exists() {
                return Err(format!("{} already exists", existing.display()));
            }
        }
    }
    let lint = src.join(topic).join(format!("{name}.rs"));
    let doc = root.join("lints/docs").join(format!("{name}.md"));
    let ui = root.join("ui-tests").join(name);
    for p in [&doc, &ui] {
        if p.exists() {
            return Err(format!("{} already exists", p.display()));
        }
    }
    Ok(Plan {
        files: vec![
            (lint, lint_rs(name, group)),
            (doc, doc_md(name, group)),
            (ui.join("basic.rs"), firing_case(name)),
            (ui.join("clean_basic.rs"), clean_case(name)),
        ],
        registry_line: format!("    &{topic}::{name}::{},", camel(name)),
        mod_line: format!("pub mod {name};"),
        topic_mod: src.join(topic).join("mod.rs"),
    })
}

fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// `new-lint <name> <topic> <critical|recommended>`.
pub fn run(args: &[String]) -> Result<(), String> {
    let [name, topic, group] = args else {
        return Err("usage: new-lint <name> <topic> <critical|recommended>".to_string());
    };
    let root = workspace_root();
    let plan = plan(&root, name, topic, group)?;
    let rel = |p: &Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();
    for (path, text) in &plan.files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        // `create_new`: never overwrite, even if something appeared since the checks.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        std::io::Write::write_all(&mut f, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("created {}", rel(path));
    }

    println!();
    println!("Next steps (new-lint does not edit existing files):");
    let mut names: Vec<&str> = launchlint_lints::LINTS.iter().map(|l| l.meta().name).collect();
    names.sort_unstable();
    let place = match names.iter().rev().find(|n| **n < name.as_str()) {
        Some(prev) => format!("after the line for `{prev}`"),
        None => "at the top of the list".to_string(),
    };
    println!("1. register it in lints/src/lib.rs, in LINTS ({place}; sorted by name):");
    println!("{}", plan.registry_line);
    if plan.topic_mod.exists() {
        println!("2. declare it in {}:", rel(&plan.topic_mod));
        println!("{}", plan.mod_line);
    } else {
        println!("2. topic `{topic}` is new: create {} with", rel(&plan.topic_mod));
        println!("//! TODO: one line on this topic's lints.\n\n{}", plan.mod_line);
        println!("   and add `pub mod {topic};` to lints/src/lib.rs");
    }
    if launchlint_lints::RESERVED.contains(&name.as_str()) {
        println!("3. remove \"{name}\" from RESERVED in lints/src/lib.rs: it is implemented now");
    }
    println!(
        "then fill the TODOs, write real ui-test cases, bless them with `LAUNCHLINT_BLESS=1 cargo test --test ui`, and run `cargo run -p xtask -- readme`"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_names() {
        for ok in ["missing_auth", "sql_interpolation", "a", "cwe89_check"] {
            assert!(is_snake_case(ok), "{ok}");
        }
        for bad in ["", "MissingAuth", "missing-auth", "_x", "x_", "a__b", "9lives", "mod", "missing auth"] {
            assert!(!is_snake_case(bad), "{bad}");
        }
    }

    #[test]
    fn camel_case_type_names() {
        assert_eq!(camel("missing_auth"), "MissingAuth");
        assert_eq!(camel("cwe89_check"), "Cwe89Check");
    }

    #[test]
    fn refuses_bad_names_and_existing_lints() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        assert!(plan(&root, "Missing-Auth", "auth", "critical").is_err());
        assert!(plan(&root, "x_y", "Auth", "critical").is_err());
        assert!(plan(&root, "x_y", "auth", "severe").is_err());
        let existing = launchlint_lints::LINTS[0].meta().name;
        let err = plan(&root, existing, "auth", "critical").expect_err("exists");
        assert!(err.contains("already exists"), "{err}");
    }

    #[test]
    fn plans_the_four_files_with_the_fixed_headings() {
        let root = std::env::temp_dir().join(format!("xtask-new-lint-{}", std::process::id()));
        let p = plan(&root, "missing_thing", "auth", "recommended").expect("plan");
        assert_eq!(p.registry_line, "    &auth::missing_thing::MissingThing,");
        assert_eq!(p.mod_line, "pub mod missing_thing;");
        let paths: Vec<String> =
            p.files.iter().map(|(f, _)| f.strip_prefix(&root).expect("under root").display().to_string()).collect();
        assert_eq!(
            paths,
            [
                "lints/src/auth/missing_thing.rs",
                "lints/docs/missing_thing.md",
                "ui-tests/missing_thing/basic.rs",
                "ui-tests/missing_thing/clean_basic.rs",
            ]
        );
        let doc = &p.files[1].1;
        let headings: Vec<&str> = doc.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(
            headings,
            [
                "# missing_thing",
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## Use instead",
                "## Configuration",
                "## Suppressing",
                "## References",
            ]
        );
        let lint = &p.files[0].1;
        assert!(lint.contains("pub MISSING_THING, MissingThing,"));
        assert!(lint.contains("group: Recommended,"));
        assert!(lint.contains("include_str!(\"../../docs/missing_thing.md\")"));
        for (_, text) in &p.files {
            assert!(text.contains("TODO"));
        }
        // Every generated Rust file is valid syntax.
        for (path, text) in &p.files {
            if path.extension().is_some_and(|e| e == "rs") {
                syn::parse_file(text).expect("parses");
            }
        }
        // The ui runner reads `//~` anywhere in a line: only the placeholder line may have it.
        let marked: Vec<&str> = p.files[2].1.lines().filter(|l| l.contains("//~")).collect();
        assert_eq!(marked, ["    let _todo = (); //~ missing_thing"]);
        assert!(!p.files[3].1.contains("//~"));
    }
}
