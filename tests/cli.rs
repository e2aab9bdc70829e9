//! End-to-end tests of the `cargo-launchlint` binary: exit codes, formats, configuration
//! errors, suppressions, baselines, discovery, determinism and pathological input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A scratch project under the system temp dir, removed on drop.
struct Project {
    root: PathBuf,
}

impl Project {
    fn new(files: &[(&str, &str)]) -> Project {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("launchlint-cli-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in files {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, text).expect("write");
        }
        Project { root }
    }

    fn path(&self) -> &Path {
        &self.root
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cargo-launchlint"));
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[&str], cwd: &Path) -> Output {
    bin().args(args).current_dir(cwd).output().expect("run cargo-launchlint")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const MANIFEST: &str = "[package]\nname = \"storefront\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\naxum = \"0.8\"\ntower-http = { version = \"0.6\", features = [\"cors\"] }\n";

const PERMISSIVE_MAIN: &str = "mod app;\n\nfn main() {\n    let _router = app::router(axum::Router::new());\n}\n";

const PERMISSIVE_APP: &str = "use axum::Router;\nuse tower_http::cors::CorsLayer;\n\npub fn router(base: Router) -> Router {\n    base.layer(CorsLayer::very_permissive())\n}\n";

const CLEAN_APP: &str = "use axum::http::HeaderValue;\nuse axum::Router;\nuse tower_http::cors::CorsLayer;\n\npub fn router(base: Router) -> Router {\n    let cors = CorsLayer::new()\n        .allow_origin([HeaderValue::from_static(\"https://app.example.com\")])\n        .allow_credentials(true);\n    base.layer(cors)\n}\n";

fn permissive() -> Project {
    Project::new(&[("Cargo.toml", MANIFEST), ("src/main.rs", PERMISSIVE_MAIN), ("src/app.rs", PERMISSIVE_APP)])
}

#[test]
fn finding_at_deny_level_exits_1_with_a_snippet() {
    let p = permissive();
    let o = run(&["--color", "never"], p.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("error[cors_wildcard_credentials]: CORS reflects any origin and allows credentials"), "{out}");
    assert!(out.contains("┌─ src/app.rs:5:16"), "{out}");
    assert!(out.contains("base.layer(CorsLayer::very_permissive())"), "{out}");
    assert!(out.contains("launchlint: 1 error, 0 warnings in 2 files"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when not a terminal");
}

#[test]
fn cargo_subcommand_invocation_and_subdirectory() {
    let p = permissive();
    // cargo runs `cargo-launchlint launchlint ARGS`, from anywhere inside the project.
    let o = run(&["launchlint", "check", "--format", "short"], &p.path().join("src"));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("src/app.rs:5:16: error[cors_wildcard_credentials] "), "{}", stdout(&o));
}

#[test]
fn clean_workspace_exits_0() {
    let p = Project::new(&[("Cargo.toml", MANIFEST), ("src/main.rs", PERMISSIVE_MAIN), ("src/app.rs", CLEAN_APP)]);
    let o = run(&[], p.path());
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("0 errors, 0 warnings"));
}

#[test]
fn invalid_config_exits_2_pointing_at_the_key() {
    let p = permissive();
    std::fs::write(
        p.path().join("launchlint.toml"),
        "[lints]\ncors_wildcard_credentials = \"deny\"\n\n[auth]\nextractor = [\"AuthUser\"]\n",
    )
    .expect("write");
    let o = run(&[], p.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("unknown field `extractor`"), "{err}");
    assert!(err.contains("launchlint.toml:5:1"), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn unknown_lint_in_config_and_on_the_command_line_exits_2_with_suggestion() {
    let p = permissive();
    std::fs::write(p.path().join("launchlint.toml"), "[lints]\ncors_wildcard_credential = \"warn\"\n").expect("write");
    let o = run(&[], p.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `cors_wildcard_credentials`?"), "{}", stderr(&o));
    let p = permissive();
    let o = run(&["-D", "jwt_validaton_disabled"], p.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `jwt_validation_disabled`?"), "{}", stderr(&o));
}

#[test]
fn cargo_metadata_config_and_levels() {
    let manifest = format!("{MANIFEST}\n[package.metadata.launchlint.lints]\ncors_wildcard_credentials = \"warn\"\n");
    let p =
        Project::new(&[("Cargo.toml", &manifest), ("src/main.rs", PERMISSIVE_MAIN), ("src/app.rs", PERMISSIVE_APP)]);
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(0), "warn level does not fail: {}", stdout(&o));
    assert!(stdout(&o).contains("warning[cors_wildcard_credentials]"));
    // -D warnings promotes every warning; -A silences the lint; the command line wins over config.
    let o = run(&["--format", "short", "-D", "warnings"], p.path());
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["--format", "short", "-A", "cors_wildcard_credentials"], p.path());
    assert_eq!(o.status.code(), Some(0));
    assert!(!stdout(&o).contains("cors_wildcard_credentials"));
    // Order matters: the last flag wins.
    let o = run(&["--format", "short", "-A", "cors_wildcard_credentials", "-D", "cors_wildcard_credentials"], p.path());
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn parse_error_is_reported_and_other_files_still_linted() {
    let p = Project::new(&[
        ("Cargo.toml", MANIFEST),
        ("src/main.rs", "mod app;\nmod broken;\n\nfn main() {}\n"),
        ("src/app.rs", PERMISSIVE_APP),
        ("src/broken.rs", "pub fn handler() {\n    let total = ;\n}\n"),
    ]);
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("src/broken.rs:2:17: error[parse_error] file does not parse"), "{out}");
    assert!(out.contains("src/app.rs:5:16: error[cors_wildcard_credentials]"), "{out}");
}

#[test]
fn invalid_utf8_is_a_parse_error() {
    let p = Project::new(&[("Cargo.toml", MANIFEST), ("src/main.rs", "fn main() {}\n")]);
    std::fs::write(p.path().join("src/latin1.rs"), b"// caf\xe9\npub fn f() {}\n").expect("write");
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("src/latin1.rs:1:7: error[parse_error] file is not valid UTF-8"), "{}", stdout(&o));
}

#[test]
fn json_format() {
    let p = permissive();
    let o = run(&["--format", "json"], p.path());
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["version"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["lint"], "cors_wildcard_credentials");
    assert_eq!(f["level"], "error");
    assert_eq!(f["confidence"], "high");
    assert_eq!(f["location"]["file"], "src/app.rs");
    assert_eq!(f["location"]["line"], 5);
    assert_eq!(f["item"], "app::router");
    assert_eq!(f["fingerprint"].as_str().map(str::len), Some(16));
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn sarif_format_has_rules_locations_and_fingerprints() {
    let p = permissive();
    let out_file = p.path().join("out.sarif");
    let o = run(&["--format", "sarif", "--output", out_file.to_str().expect("utf8")], p.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty(), "--output writes to the file only");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out_file).expect("sarif")).expect("json");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    assert!(ids.contains(&"cors_wildcard_credentials") && ids.contains(&"jwt_validation_disabled"), "{ids:?}");
    for r in rules {
        assert!(r["shortDescription"]["text"].is_string());
        assert!(r["fullDescription"]["text"].as_str().is_some_and(|t| !t.is_empty()), "{r}");
        assert!(r["help"]["markdown"].as_str().is_some_and(|t| t.contains("## What it does")));
        assert!(r["defaultConfiguration"]["level"].is_string());
        assert!(r["properties"]["tags"].as_array().is_some_and(|t| t.iter().any(|x| x == "security")));
    }
    let cors = rules.iter().find(|r| r["id"] == "cors_wildcard_credentials").expect("rule");
    assert!(cors["properties"]["tags"].as_array().expect("tags").iter().any(|t| t == "CWE-942"));
    let res = &run["results"][0];
    assert_eq!(res["ruleId"], "cors_wildcard_credentials");
    assert_eq!(res["level"], "error");
    let loc = &res["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "src/app.rs");
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(loc["region"]["startLine"], 5);
    assert_eq!(loc["region"]["startColumn"], 16);
    assert!(res["partialFingerprints"]["launchlint/v1"].is_string());
    assert_eq!(res["properties"]["confidence"], "high");
    assert_eq!(rules[res["ruleIndex"].as_u64().expect("index") as usize]["id"], "cors_wildcard_credentials");
}

#[test]
fn github_format() {
    let p = permissive();
    let o = run(&["--format", "github"], p.path());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.starts_with("::error file=src/app.rs,line=5,col=16,endLine=5,endColumn=44,title=launchlint cors_wildcard_credentials::CORS reflects"), "{out}");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let p = permissive();
    let o = run(&["--color", "always"], p.path());
    assert!(stdout(&o).contains('\u{1b}'), "ANSI colour with --color always");
    let o = bin().args(["--color", "auto"]).env("NO_COLOR", "1").current_dir(p.path()).output().expect("run");
    assert!(!stdout(&o).contains('\u{1b}'));
}

#[test]
fn nonexistent_path_exits_2() {
    let p = permissive();
    let o = run(&["no/such/dir"], p.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such file or directory"), "{}", stderr(&o));
}

#[test]
fn explain_and_lints() {
    let here = std::env::temp_dir();
    let o = run(&["explain", "cors_wildcard_credentials"], &here);
    assert_eq!(o.status.code(), Some(0));
    for h in [
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
        "## Configuration",
        "## Suppressing",
        "## References",
    ] {
        assert!(stdout(&o).contains(h), "missing {h}");
    }
    let o = run(&["explain", "cors_wildcard"], &here);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `cors_wildcard_credentials`?"), "{}", stderr(&o));
    let o = run(&["lints"], &here);
    assert_eq!(o.status.code(), Some(0));
    for l in ["cors_wildcard_credentials", "jwt_validation_disabled", "parse_error", "unused_suppression"] {
        assert!(stdout(&o).contains(l));
    }
    let o = run(&["--help"], &here);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Exit codes:"));
    let o = run(&["--version"], &here);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["--bogus-flag"], &here);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn in_code_allow_suppresses_and_malformed_or_unused_markers_are_reported() {
    let app = "use axum::Router;\nuse tower_http::cors::CorsLayer;\n\n#[launchlint::allow(cors_wildcard_credentials, reason = \"internal admin tool behind VPN\")]\npub fn router(base: Router) -> Router {\n    base.layer(CorsLayer::very_permissive())\n}\n\n#[launchlint::allow(jwt_validation_disabled, reason = \"legacy\")]\npub fn nothing_here() {}\n\n#[launchlint::allow(cors_wildcard_credentials)]\npub fn no_reason(base: Router) -> Router {\n    base.layer(CorsLayer::very_permissive())\n}\n";
    let p = Project::new(&[("Cargo.toml", MANIFEST), ("src/main.rs", PERMISSIVE_MAIN), ("src/app.rs", app)]);
    let o = run(&["--format", "short"], p.path());
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("src/app.rs:9:1: warning[unused_suppression] `#[launchlint::allow(jwt_validation_disabled)]` suppresses nothing"), "{out}");
    assert!(
        lines[1].starts_with("src/app.rs:12:1: warning[unused_suppression] `#[launchlint::allow]` is malformed"),
        "{out}"
    );
    assert!(lines[2].starts_with("src/app.rs:14:16: error[cors_wildcard_credentials]"), "{out}");
    assert!(lines[3].contains("(1 suppressed)"), "{out}");
}

#[test]
fn config_allow_entries_suppress_and_unused_ones_are_reported() {
    let p = permissive();
    std::fs::write(
        p.path().join("launchlint.toml"),
        "[[allow]]\nlint = \"cors_wildcard_credentials\"\npath = \"src/app.rs\"\nreason = \"dev-only router\"\n\n[[allow]]\nlint = \"jwt_validation_disabled\"\npath = \"src/auth/**\"\nreason = \"legacy tokens\"\n",
    )
    .expect("write");
    let o = run(&["--format", "short"], p.path());
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.starts_with("launchlint.toml:6:1: warning[unused_suppression] `[[allow]]` entry for `jwt_validation_disabled` suppresses nothing"), "{out}");
    assert!(out.contains("(1 suppressed)"));
}

#[test]
fn baseline_round_trip_and_stale_entries() {
    let p = permissive();
    let o = run(&["baseline"], p.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(p.path().join("launchlint-baseline.json")).expect("baseline written");
    assert!(text.contains("\"lint\": \"cors_wildcard_credentials\""));
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 errors, 0 warnings (1 suppressed)"));
    // Writing it again gives the same bytes.
    run(&["baseline"], p.path());
    assert_eq!(std::fs::read_to_string(p.path().join("launchlint-baseline.json")).expect("again"), text);
    // Moving the code down a few lines keeps the fingerprint.
    std::fs::write(p.path().join("src/app.rs"), format!("// Router setup.\n\n\n{PERMISSIVE_APP}")).expect("write");
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // Fixing the code leaves a stale entry.
    std::fs::write(p.path().join("src/app.rs"), CLEAN_APP).expect("write");
    let o = run(&["--format", "short"], p.path());
    assert!(
        stdout(&o).contains("warning[unused_suppression] baseline entry for `cors_wildcard_credentials` is stale"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn discovery_follows_the_module_tree_and_skips_tests() {
    let p = Project::new(&[
        ("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n"),
        ("crates/api/Cargo.toml", "[package]\nname = \"api\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        ("crates/api/src/lib.rs", "pub mod http;\n#[path = \"legacy/cors_setup.rs\"]\npub mod cors_setup;\n#[cfg(test)]\nmod tests;\n"),
        ("crates/api/src/http/mod.rs", "pub mod layers;\n"),
        ("crates/api/src/http/layers.rs", PERMISSIVE_APP),
        ("crates/api/src/legacy/cors_setup.rs", "pub fn cors() -> tower_http::cors::CorsLayer {\n    tower_http::cors::CorsLayer::permissive().allow_origin(tower_http::cors::Any).allow_credentials(true)\n}\n"),
        ("crates/api/src/tests.rs", PERMISSIVE_APP),
        ("crates/api/src/orphan.rs", "pub fn f() {}\n"),
        ("crates/api/tests/integration.rs", PERMISSIVE_APP),
        ("crates/api/target/debug/gen.rs", PERMISSIVE_APP),
        ("crates/api/.hidden/x.rs", PERMISSIVE_APP),
    ]);
    let o = run(&["--format", "short", "-v"], p.path());
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("crates/api/src/http/layers.rs:5:16: error[cors_wildcard_credentials]"), "{out}");
    assert!(out.contains("crates/api/src/legacy/cors_setup.rs:2:47: error[cors_wildcard_credentials]"), "{out}");
    assert!(!out.contains("tests.rs"), "#[cfg(test)] module skipped: {out}");
    assert!(!out.contains("integration.rs") && !out.contains("target/") && !out.contains(".hidden"), "{out}");
    assert!(stderr(&o).contains("crates/api/src/orphan.rs: not reached from any crate root"), "{}", stderr(&o));
    // --all-targets reads tests/ too.
    let o = run(&["--format", "short", "--all-targets"], p.path());
    assert!(stdout(&o).contains("crates/api/tests/integration.rs"), "{}", stdout(&o));
    // --exclude
    let o = run(&["--format", "short", "--exclude", "crates/api/src/legacy/**"], p.path());
    assert!(!stdout(&o).contains("cors_setup.rs"), "{}", stdout(&o));
}

#[test]
fn loose_folder_without_cargo_toml() {
    let p = Project::new(&[("snippets/app.rs", PERMISSIVE_APP), ("snippets/clean.rs", CLEAN_APP)]);
    let o = run(&["--format", "short", "snippets"], p.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("app.rs:5:16: error[cors_wildcard_credentials]"), "{}", stdout(&o));
}

#[test]
fn same_bytes_whatever_the_thread_count() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui-tests");
    for format in ["human", "json", "sarif", "github", "short"] {
        let a = run(&["--format", format, "-j1", "--color", "never", "."], &ui);
        let b = run(&["--format", format, "-j2", "--color", "never", "."], &ui);
        assert_eq!(a.status.code(), Some(1));
        assert!(!a.stdout.is_empty());
        assert!(a.stdout == b.stdout, "-j1 and -j2 differ for {format}");
    }
}

#[test]
fn pathological_input_does_not_crash() {
    let depth = 5_000;
    let nested = format!("pub fn deep() {{\n{}{}\n}}\n", "{".repeat(depth), "}".repeat(depth));
    let chain = format!("pub fn chain(r: Router) -> Router {{\n    r{}\n}}\n", ".layer(x)".repeat(5_000));
    let parens = format!("pub fn parens() -> i32 {{\n    {}1{}\n}}\n", "(".repeat(900), ")".repeat(900));
    let mut big = String::with_capacity(11 << 20);
    let mut i = 0;
    while big.len() < 10 << 20 {
        big.push_str(&format!(
            "pub fn handler_{i}(id: u64) -> u64 {{\n    let total = id * 2 + {i};\n    total.saturating_sub(1)\n}}\n\n"
        ));
        i += 1;
    }
    let p = Project::new(&[
        ("Cargo.toml", MANIFEST),
        ("src/main.rs", "mod deep;\nmod chain;\nmod parens;\nmod big;\nmod app;\nfn main() {}\n"),
        ("src/deep.rs", &nested),
        ("src/chain.rs", &chain),
        ("src/parens.rs", &parens),
        ("src/big.rs", &big),
        ("src/app.rs", PERMISSIVE_APP),
    ]);
    let o = run(&["--format", "short"], p.path());
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    assert!(out.contains("src/deep.rs:2:1000: error[parse_error] file nests too deeply to analyse"), "{out}");
    assert!(!out.contains("chain.rs") && !out.contains("parens.rs") && !out.contains("big.rs"), "{out}");
    assert!(out.contains("src/app.rs:5:16: error[cors_wildcard_credentials]"), "{out}");
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_hang() {
    let p = permissive();
    std::os::unix::fs::symlink(p.path().join("src"), p.path().join("src/again")).expect("symlink");
    std::os::unix::fs::symlink(p.path(), p.path().join("src/root")).expect("symlink");
    let o = run(&["--format", "short"], p.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().filter(|l| l.contains("error[")).count(), 1, "{}", stdout(&o));
}

#[test]
fn workspace_members_globs_exclude_and_bin_targets() {
    let p = Project::new(&[
        ("Cargo.toml", "[workspace]\nmembers = [\"services/*\", \"tools/cli\"]\nexclude = [\"services/legacy\"]\n"),
        ("services/api/Cargo.toml", "[package]\nname = \"api\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\npath = \"lib/api.rs\"\n"),
        ("services/api/lib/api.rs", "pub mod cors;\n"),
        ("services/api/lib/cors.rs", PERMISSIVE_APP),
        ("services/legacy/Cargo.toml", "[package]\nname = \"legacy\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        ("services/legacy/src/lib.rs", PERMISSIVE_APP),
        ("tools/cli/Cargo.toml", "[package]\nname = \"cli\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[[bin]]\nname = \"admin\"\npath = \"entry/admin.rs\"\n"),
        ("tools/cli/entry/admin.rs", "mod layers;\nfn main() {}\n"),
        ("tools/cli/entry/layers.rs", PERMISSIVE_APP),
        ("tools/cli/src/bin/report.rs", PERMISSIVE_APP),
    ]);
    let o = run(&["--format", "short"], p.path());
    let out = stdout(&o);
    assert!(out.contains("services/api/lib/cors.rs:5:16"), "[lib] path outside src/: {out}");
    assert!(out.contains("tools/cli/entry/layers.rs:5:16"), "[[bin]] path and its modules: {out}");
    assert!(out.contains("tools/cli/src/bin/report.rs:5:16"), "src/bin/*.rs: {out}");
    assert!(!out.contains("services/legacy"), "excluded member: {out}");
}

#[test]
fn verbose_check_prints_the_tenancy_summary_and_skipped_migration_statements() {
    let p = Project::new(&[
        ("Cargo.toml", "[package]\nname = \"tracker\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nsqlx = \"0.8\"\n"),
        (
            "migrations/0001_init.sql",
            "CREATE TABLE workspaces (id UUID PRIMARY KEY);\nCREATE TABLE tasks (\n    id UUID PRIMARY KEY,\n    workspace_id UUID NOT NULL REFERENCES workspaces (id)\n);\nCREATE TABLE notes (id UUID PRIMARY KEY, workspace_id UUID NOT NULL);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY notes_ws ON notes USING (workspace_id = current_setting('app.ws')::uuid);\nTHIS IS NOT SQL;\n",
        ),
        ("migrations/0001_init.down.sql", "DROP TABLE tasks;\n"),
        (
            "src/main.rs",
            "async fn find(pool: &sqlx::PgPool, id: i64) {\n    let _ = sqlx::query(\"SELECT * FROM tasks WHERE id = $1\").bind(id).fetch_one(pool).await;\n}\n\nfn main() {}\n",
        ),
    ]);
    let o = run(&["--format", "short", "-v"], p.path());
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{out}{err}");
    assert!(out.contains("src/main.rs:2:40: error[missing_tenant_filter]"), "{out}");
    assert!(err.contains("tenancy:   tasks: tenant-scoped by `workspace_id` (migrations/0001_init.sql:4)"), "{err}");
    assert!(err.contains("tenancy:   notes: RLS-protected"), "{err}");
    assert!(err.contains("tenancy:   workspaces: tenant table"), "{err}");
    assert!(err.contains("migrations/0001_init.sql:9: SQL statement skipped"), "{err}");
}

#[test]
fn secrets_appear_only_in_the_source_snippet() {
    // Assembled at run time so that no complete key shape sits in this file.
    let stripe = format!("{}{}", "sk_live_", "0000TESTFIXTURE0000000000000000");
    let jwt_secret = format!("{}{}", "Kx92mQvL7t", "Rz4pWn8sYb3cHd");
    let main = format!(
        "const STRIPE_SECRET_KEY: &str = \"{stripe}\";\n\nfn main() {{\n    println!(\"{{}}\", STRIPE_SECRET_KEY.len());\n}}\n"
    );
    let env = format!("APP_ENV=production\nJWT_SECRET={jwt_secret}\n");
    let p = Project::new(&[("Cargo.toml", MANIFEST), ("src/main.rs", &main), (".env", &env)]);
    for format in ["json", "sarif", "github", "short"] {
        let o = run(&["--format", format], p.path());
        assert_eq!(o.status.code(), Some(1), "{format}");
        let out = stdout(&o);
        assert!(out.contains("hardcoded_secret"), "{format}: {out}");
        for secret in [&stripe, &jwt_secret] {
            assert!(!out.contains(secret.as_str()), "{format} repeats a secret: {out}");
        }
        assert!(out.contains("sk_l…") && out.contains("Kx92…"), "{format}: {out}");
    }
    let human = stdout(&run(&["--color", "never"], p.path()));
    assert!(human.contains(&stripe), "the snippet shows the line: {human}");
    assert!(human.contains("hardcoded Stripe live secret key (`sk_l…`)"), "{human}");
}
