//! `gen-workspace`: writes a synthetic multi-crate service workspace for benchmarks.
//!
//! The output is a pure function of the arguments: one fixed seed feeds a SplitMix64 generator
//! ([`rng::Rng`]), files are produced in a fixed order, and nothing depends on time, paths or
//! hash-map order. A larger `--lines` yields the same first files plus more.

mod db;
mod models;
mod rng;
mod routes;
mod services;
mod skeleton;
mod tpl;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rng::Rng;
use tpl::Entity;

/// The web framework a generated crate is written against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    Axum,
    Actix,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Routes,
    Db,
    Models,
    Services,
}

/// Module directories of every crate: (path under `src/`, kind, weight in percent).
const DIRS: &[(&str, Kind, usize)] = &[
    ("routes", Kind::Routes, 30),
    ("routes/admin", Kind::Routes, 8),
    ("db", Kind::Db, 22),
    ("models", Kind::Models, 20),
    ("services", Kind::Services, 15),
    ("services/jobs", Kind::Services, 5),
];

const CRATES: &[(&str, Framework, &str)] = &[
    ("billing-api", Framework::Axum, "invoicing, payments and refunds"),
    ("accounts-api", Framework::Axum, "workspaces, members and roles"),
    ("inventory-service", Framework::Actix, "products, stock and warehouses"),
    ("notifications", Framework::Axum, "email, push and in-app notifications"),
    ("search-api", Framework::Axum, "full-text search over workspace data"),
    ("gateway", Framework::Axum, "the public API gateway"),
    ("reports-service", Framework::Actix, "scheduled reports and exports"),
    ("webhooks-relay", Framework::Axum, "outgoing webhooks with retries"),
];

const SEED: u64 = 0x6c61_756e_6368_6c69; // "launchli"

/// Lines of one module file: drawn from this range, items are added until it is reached.
const FILE_LINES: (usize, usize) = (150, 340);

/// Depth of the pathological nesting file and size of the pathological large file.
const PATHOLOGICAL_DEPTH: usize = 5_000;
const PATHOLOGICAL_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Options {
    pub lines: usize,
    pub pathological: bool,
}

/// One generated file, its path relative to the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenFile {
    pub path: PathBuf,
    pub text: String,
}

struct CrateState {
    name: &'static str,
    fw: Framework,
    about: &'static str,
    order: Vec<usize>,
    entities: Vec<Entity>,
    /// Module names per directory index, in generation order.
    files: BTreeMap<usize, Vec<String>>,
}

impl CrateState {
    fn entity(&mut self, n: usize) -> Entity {
        while self.entities.len() <= n {
            let k = self.entities.len();
            let mut r = Rng::new(SEED ^ tpl::fnv(&format!("{}/{k}", self.name)));
            self.entities.push(Entity::new(&self.order, k, &mut r));
        }
        self.entities[n].clone()
    }
}

fn weighted_dir(rng: &mut Rng) -> usize {
    let total: usize = DIRS.iter().map(|d| d.2).sum();
    let mut roll = rng.below(total);
    for (i, d) in DIRS.iter().enumerate() {
        if roll < d.2 {
            return i;
        }
        roll -= d.2;
    }
    0
}

/// Which finding the next eligible file receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inject {
    Cors,
    Jwt,
}

/// Generates the whole workspace in memory, in a fixed order.
pub fn generate(opts: &Options) -> Vec<GenFile> {
    let mut rng = Rng::new(SEED);
    let mut crates: Vec<CrateState> = CRATES
        .iter()
        .map(|&(name, fw, about)| {
            let mut order: Vec<usize> = (0..tpl::ENTITIES.len()).collect();
            let mut r = Rng::new(SEED ^ tpl::fnv(name));
            for i in (1..order.len()).rev() {
                order.swap(i, r.below(i + 1));
            }
            CrateState { name, fw, about, order, entities: Vec::new(), files: BTreeMap::new() }
        })
        .collect();

    let mut out = Vec::new();
    let mut total = 0usize;
    let mut file_no = 0usize;
    let mut injected = 0usize;
    let mut pending: Option<Inject> = None;
    while total < opts.lines {
        let ci = file_no % crates.len();
        file_no += 1;
        // About one file in a hundred carries a finding, alternating between the two kinds.
        if file_no % 100 == 42 {
            pending = Some(if injected & 1 == 0 { Inject::Cors } else { Inject::Jwt });
        }
        let di = weighted_dir(&mut rng);
        let (dir, kind, _) = DIRS[di];
        let krate = &mut crates[ci];
        let n = krate.files.get(&di).map_or(0, Vec::len);
        let ent = krate.entity(n);
        let fw = krate.fw;
        let target = rng.range(FILE_LINES.0, FILE_LINES.1);
        let mut frng = rng.fork();
        let cors = pending == Some(Inject::Cors) && kind == Kind::Routes && fw == Framework::Axum;
        let jwt = pending == Some(Inject::Jwt) && kind == Kind::Services;
        if cors || jwt {
            pending = None;
            injected += 1;
        }
        let text = match kind {
            Kind::Routes => routes::render(&ent, fw, &mut frng, target, cors),
            Kind::Db => db::render(&ent, &mut frng, target),
            Kind::Models => models::render(&ent, &mut frng, target),
            Kind::Services => services::render(&ent, fw, &mut frng, target, jwt),
        };
        total += text.lines().count();
        out.push(GenFile { path: PathBuf::from(format!("crates/{}/src/{dir}/{}.rs", krate.name, ent.module)), text });
        krate.files.entry(di).or_default().push(ent.module.clone());
    }

    let mut skeleton = vec![GenFile {
        path: PathBuf::from("Cargo.toml"),
        text: "[workspace]\nresolver = \"2\"\nmembers = [\"crates/*\"]\n\n[profile.release]\ndebug = 1\n".to_string(),
    }];
    for (ci, krate) in crates.iter().enumerate() {
        skeleton.extend(crate_skeleton(ci, krate, opts.pathological && ci == 0));
    }
    skeleton.extend(out);
    skeleton
}

/// Manifest, `lib.rs`, `main.rs`, `auth.rs` and every `mod.rs` of one crate.
fn crate_skeleton(ci: usize, krate: &CrateState, pathological: bool) -> Vec<GenFile> {
    let base = format!("crates/{}", krate.name);
    let file = |rel: &str, text: String| GenFile { path: PathBuf::from(format!("{base}/{rel}")), text };
    let version = format!("0.{}.{}", ci + 1, (ci * 7) % 10);
    let port = (8080 + ci).to_string();
    let conns = ["5", "10", "20"][ci % 3];
    let mut v = vec![
        file("Cargo.toml", skeleton::manifest(krate.name, krate.fw, krate.about, &version)),
        file("src/main.rs", skeleton::main_rs(krate.name, krate.fw, &port, conns)),
        file("src/auth.rs", skeleton::auth_rs(krate.name, krate.fw)),
    ];
    let files_of = |dir: &str| -> Vec<String> {
        DIRS.iter().position(|d| d.0 == dir).and_then(|i| krate.files.get(&i).cloned()).unwrap_or_default()
    };
    let mut top: Vec<&str> = Vec::new();
    // (directory, optional (subdirectory, url prefix), holds routes, doc line)
    type Group<'a> = (&'a str, Option<(&'a str, &'a str)>, bool, &'a str);
    let groups: [Group; 4] = [
        ("db", None, false, "Database access, one module per table."),
        ("models", None, false, "Records and request bodies."),
        ("routes", Some(("admin", "/admin")), true, "HTTP routes, one module per resource."),
        ("services", Some(("jobs", "")), false, "Business rules on top of the queries."),
    ];
    for (dir, sub, is_routes, doc) in groups {
        let files = files_of(dir);
        let mut nested: Vec<(&str, &str)> = Vec::new();
        if let Some((sub, prefix)) = sub {
            let sub_files = files_of(&format!("{dir}/{sub}"));
            if !sub_files.is_empty() {
                nested.push((sub, prefix));
                let sub_doc =
                    if is_routes { "Administration endpoints, mounted under `/admin`." } else { "Background jobs." };
                let routes = is_routes.then_some(krate.fw);
                v.push(file(&format!("src/{dir}/{sub}/mod.rs"), skeleton::mod_rs(sub_doc, &sub_files, &[], routes)));
            }
        }
        // The routes module always exists: lib.rs mounts it.
        if files.is_empty() && nested.is_empty() && !is_routes {
            continue;
        }
        top.push(dir);
        let routes = is_routes.then_some(krate.fw);
        v.push(file(&format!("src/{dir}/mod.rs"), skeleton::mod_rs(doc, &files, &nested, routes)));
    }
    if pathological {
        top.push("pathological");
        v.push(file(
            "src/pathological/mod.rs",
            "//! Files that stress the parser. Only written with `--pathological`.\n\npub mod deep_nesting;\npub mod huge;\n".to_string(),
        ));
        v.push(file("src/pathological/deep_nesting.rs", skeleton::deep_nesting(PATHOLOGICAL_DEPTH)));
        v.push(file("src/pathological/huge.rs", skeleton::huge_file(PATHOLOGICAL_BYTES)));
    }
    v.insert(1, file("src/lib.rs", skeleton::lib_rs(krate.name, krate.about, krate.fw, &top)));
    v
}

/// Marker file telling a later run that the directory is ours to overwrite.
const MARKER: &str = ".launchlint-gen";

/// Writes `files` under `out`, replacing an earlier generated workspace there. Refuses to touch
/// a non-empty directory that this command did not create.
pub fn write(out: &Path, files: &[GenFile]) -> Result<(), String> {
    if out.exists() {
        let non_empty =
            std::fs::read_dir(out).map_err(|e| format!("cannot read {}: {e}", out.display()))?.next().is_some();
        if non_empty && !out.join(MARKER).exists() {
            return Err(format!(
                "{} exists and was not written by gen-workspace; choose an empty or new directory",
                out.display()
            ));
        }
        let crates = out.join("crates");
        if crates.exists() {
            std::fs::remove_dir_all(&crates).map_err(|e| format!("cannot clear {}: {e}", crates.display()))?;
        }
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    std::fs::write(out.join(MARKER), "written by `cargo run -p xtask -- gen-workspace`\n")
        .map_err(|e| format!("cannot write marker: {e}"))?;
    for f in files {
        let path = out.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &f.text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `gen-workspace <OUT_DIR> [--lines N] [--pathological]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut out: Option<PathBuf> = None;
    let mut opts = Options { lines: 100_000, pathological: false };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lines" => {
                let v = it.next().ok_or("--lines needs a number")?;
                opts.lines = parse_count(v).ok_or_else(|| format!("--lines: not a number: {v}"))?;
            }
            "--pathological" => opts.pathological = true,
            s if s.starts_with("--lines=") => {
                let v = &s["--lines=".len()..];
                opts.lines = parse_count(v).ok_or_else(|| format!("--lines: not a number: {v}"))?;
            }
            s if s.starts_with('-') => return Err(format!("gen-workspace: unknown option {s}")),
            s if out.is_none() => out = Some(PathBuf::from(s)),
            s => return Err(format!("gen-workspace: unexpected argument {s}")),
        }
    }
    let out = out.ok_or("usage: gen-workspace <OUT_DIR> [--lines N] [--pathological]")?;
    let files = generate(&opts);
    write(&out, &files)?;
    let rs: Vec<&GenFile> = files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "rs")).collect();
    let lines: usize = rs.iter().map(|f| f.text.lines().count()).sum();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    println!(
        "gen-workspace: wrote {} files ({} .rs, {} lines of Rust, {} bytes) in {} crates to {}{}",
        files.len(),
        rs.len(),
        lines,
        bytes,
        CRATES.len(),
        out.display(),
        if opts.pathological { " (with pathological files)" } else { "" }
    );
    Ok(())
}

/// `100000`, `100_000` or `100k`.
fn parse_count(s: &str) -> Option<usize> {
    let s = s.replace('_', "");
    match s.strip_suffix(['k', 'K']) {
        Some(n) => n.parse::<usize>().ok()?.checked_mul(1000),
        None => s.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Options {
        Options { lines: 6_000, pathological: false }
    }

    #[test]
    fn same_options_same_bytes() {
        assert_eq!(generate(&small()), generate(&small()));
    }

    #[test]
    fn larger_workspaces_extend_smaller_ones() {
        let a = generate(&small());
        let b = generate(&Options { lines: 12_000, pathological: false });
        let modules = |v: &[GenFile]| -> Vec<(PathBuf, String)> {
            v.iter()
                .filter(|f| !f.path.ends_with("mod.rs") && !f.path.ends_with("lib.rs"))
                .map(|f| (f.path.clone(), f.text.clone()))
                .collect()
        };
        let (ma, mb) = (modules(&a), modules(&b));
        for f in &ma {
            assert!(mb.contains(f), "{} changed", f.0.display());
        }
    }

    #[test]
    fn every_file_parses_and_no_placeholder_is_left() {
        let files = generate(&small());
        let mut lines = 0;
        for f in &files {
            assert!(!f.text.contains('@'), "unfilled placeholder in {}", f.path.display());
            if f.path.extension().is_some_and(|e| e == "rs") {
                lines += f.text.lines().count();
                if let Err(e) = syn::parse_file(&f.text) {
                    let lc = e.span().start();
                    panic!("{}:{}:{}: {e}", f.path.display(), lc.line, lc.column);
                }
            }
        }
        assert!(lines >= 6_000, "{lines}");
    }

    #[test]
    fn module_files_stay_in_the_line_range() {
        for f in generate(&Options { lines: 30_000, pathological: false }) {
            let p = f.path.to_string_lossy();
            let module = DIRS.iter().any(|d| p.contains(&format!("/src/{}/", d.0))) && !p.ends_with("mod.rs");
            if module {
                let n = f.text.lines().count();
                assert!((150..=400).contains(&n), "{p}: {n} lines");
            }
        }
    }

    #[test]
    fn default_workspace_has_a_few_findings_and_no_pathological_files() {
        let files = generate(&Options { lines: 100_000, pathological: false });
        let count = |needle: &str| files.iter().filter(|f| f.text.contains(needle)).count();
        let rs = files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "rs")).count();
        let cors = count("CorsLayer::very_permissive()");
        let jwt = count(".insecure_disable_signature_validation()");
        assert!(cors >= 1 && jwt >= 1, "cors {cors}, jwt {jwt}");
        assert!((cors + jwt) * 100 <= rs * 2, "too many findings: {}", cors + jwt);
        assert!(!files.iter().any(|f| f.path.to_string_lossy().contains("pathological")));
        let members: std::collections::BTreeSet<_> = files
            .iter()
            .filter_map(|f| f.path.strip_prefix("crates").ok())
            .filter_map(|p| p.components().next())
            .collect();
        assert_eq!(members.len(), CRATES.len());
    }

    #[test]
    fn pathological_files_parse_on_a_large_stack() {
        let deep = skeleton::deep_nesting(PATHOLOGICAL_DEPTH);
        assert_eq!(deep.matches('{').count(), PATHOLOGICAL_DEPTH + 1);
        let huge = skeleton::huge_file(200_000);
        assert!(huge.len() >= 200_000);
        let handle = std::thread::Builder::new()
            .stack_size(512 * 1024 * 1024)
            .spawn(move || {
                syn::parse_file(&deep).map(drop).map_err(|e| e.to_string())?;
                syn::parse_file(&huge).map(drop).map_err(|e| e.to_string())
            })
            .expect("spawn");
        assert_eq!(handle.join().expect("no panic"), Ok(()));
    }

    #[test]
    fn parse_counts() {
        assert_eq!(parse_count("100000"), Some(100_000));
        assert_eq!(parse_count("100_000"), Some(100_000));
        assert_eq!(parse_count("250k"), Some(250_000));
        assert_eq!(parse_count("x"), None);
    }
}
