//! Cargo discovery (SPEC §3): the workspace or package at a path, its members, their targets,
//! and every `.rs` file below each package. The module tree is linked later from parsed facts.

use super::Glob;
use std::path::{Path, PathBuf};

/// An operational failure: the run cannot go on (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoverError(pub String);

impl std::fmt::Display for DiscoverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DiscoverError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Lib,
    Bin,
    Example,
    Test,
    Bench,
}

#[derive(Debug, Clone)]
pub struct Target {
    pub kind: TargetKind,
    pub root: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Package {
    pub name: String,
    /// Library crate name (`my_crate` for package `my-crate`, or `[lib] name`).
    pub lib_name: String,
    pub root: PathBuf,
    pub manifest: PathBuf,
    pub targets: Vec<Target>,
}

/// What a run lints.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    /// The root manifest, if the root is a Cargo project.
    pub manifest: Option<PathBuf>,
    /// Whether the root manifest has `[workspace]`.
    pub is_workspace: bool,
    pub packages: Vec<Package>,
}

/// A file to read.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub path: PathBuf,
    pub package: Option<usize>,
    /// Under tests/, examples/ or benches/ of a package.
    pub test_only: bool,
}

fn read(path: &Path) -> Result<String, DiscoverError> {
    std::fs::read_to_string(path).map_err(|e| DiscoverError(format!("cannot read {}: {e}", path.display())))
}

fn parse_toml(path: &Path) -> Result<toml::Table, DiscoverError> {
    let text = read(path)?;
    text.parse::<toml::Table>().map_err(|e| DiscoverError(format!("cannot parse {}: {}", path.display(), e.message())))
}

/// The nearest directory at or above `start` that has a Cargo.toml, then the workspace root
/// above it whose members include it (as cargo does).
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let nearest = start.ancestors().find(|d| d.join("Cargo.toml").is_file())?.to_path_buf();
    for dir in nearest.ancestors().skip(1) {
        let m = dir.join("Cargo.toml");
        if m.is_file() {
            if let Ok(t) = parse_toml(&m) {
                if let Some(ws) = t.get("workspace").and_then(|w| w.as_table()) {
                    let members = member_dirs(dir, ws);
                    if members.iter().any(|p| p == &nearest) {
                        return Some(dir.to_path_buf());
                    }
                }
            }
        }
    }
    Some(nearest)
}

fn str_list(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Expands `members` globs (`crates/*`) minus `exclude`.
fn member_dirs(root: &Path, ws: &toml::Table) -> Vec<PathBuf> {
    let excludes: Vec<PathBuf> = str_list(ws, "exclude").iter().map(|e| clean(&root.join(e))).collect();
    let mut out = Vec::new();
    for m in str_list(ws, "members") {
        if m.contains('*') || m.contains('?') {
            let Ok(glob) = Glob::new(&m) else { continue };
            // Walk only as deep as the pattern.
            let depth = m.split('/').count();
            for entry in walkdir::WalkDir::new(root)
                .min_depth(1)
                .max_depth(depth)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
            {
                if !entry.file_type().is_dir() {
                    continue;
                }
                let rel = entry.path().strip_prefix(root).map(to_slash).unwrap_or_default();
                if glob_full(&glob, &rel) && entry.path().join("Cargo.toml").is_file() {
                    out.push(clean(entry.path()));
                }
            }
        } else {
            out.push(clean(&root.join(&m)));
        }
    }
    out.retain(|p| !excludes.iter().any(|e| p.starts_with(e)));
    out.sort();
    out.dedup();
    out
}

fn glob_full(g: &Glob, rel: &str) -> bool {
    // Member globs match whole paths, not prefixes.
    g.matches(rel) && rel.split('/').count() == g.as_str().split('/').count()
}

/// `a/./b/../c` → `a/c`, without touching the file system.
pub fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

pub fn to_slash(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn package_at(dir: &Path, all_targets: bool) -> Result<Option<Package>, DiscoverError> {
    let manifest = dir.join("Cargo.toml");
    let t = parse_toml(&manifest)?;
    let Some(pkg) = t.get("package").and_then(|p| p.as_table()) else {
        return Ok(None);
    };
    let name = pkg.get("name").and_then(|n| n.as_str()).unwrap_or("unnamed").to_string();
    let lib = t.get("lib").and_then(|l| l.as_table());
    let lib_name =
        lib.and_then(|l| l.get("name")).and_then(|n| n.as_str()).map_or_else(|| name.replace('-', "_"), str::to_string);
    let mut targets = Vec::new();
    let lib_path = lib
        .and_then(|l| l.get("path"))
        .and_then(|p| p.as_str())
        .map_or_else(|| dir.join("src/lib.rs"), |p| dir.join(p));
    if lib_path.is_file() {
        targets.push(Target { kind: TargetKind::Lib, root: clean(&lib_path) });
    }
    let main = dir.join("src/main.rs");
    if main.is_file() {
        targets.push(Target { kind: TargetKind::Bin, root: clean(&main) });
    }
    let mut add_dir = |sub: &str, kind: TargetKind| {
        let d = dir.join(sub);
        let Ok(rd) = std::fs::read_dir(&d) else {
            return;
        };
        let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.extension().is_some_and(|e| e == "rs") {
                targets.push(Target { kind, root: clean(&p) });
            } else if p.join("main.rs").is_file() {
                targets.push(Target { kind, root: clean(&p.join("main.rs")) });
            }
        }
    };
    add_dir("src/bin", TargetKind::Bin);
    if all_targets {
        add_dir("examples", TargetKind::Example);
        add_dir("tests", TargetKind::Test);
        add_dir("benches", TargetKind::Bench);
    }
    for (key, kind) in [
        ("bin", TargetKind::Bin),
        ("example", TargetKind::Example),
        ("test", TargetKind::Test),
        ("bench", TargetKind::Bench),
    ] {
        if kind != TargetKind::Bin && !all_targets {
            continue;
        }
        for t in t.get(key).and_then(|v| v.as_array()).into_iter().flatten() {
            if let Some(p) = t.get("path").and_then(|p| p.as_str()) {
                let root = clean(&dir.join(p));
                if root.is_file() && !targets.iter().any(|x| x.root == root) {
                    targets.push(Target { kind, root });
                }
            }
        }
    }
    Ok(Some(Package { name, lib_name, root: clean(dir), manifest, targets }))
}

/// Reads the Cargo project (or loose folder) at `root`.
pub fn workspace(root: &Path, all_targets: bool) -> Result<Workspace, DiscoverError> {
    let root = clean(root);
    let manifest = root.join("Cargo.toml");
    if !manifest.is_file() {
        return Ok(Workspace { root, manifest: None, is_workspace: false, packages: Vec::new() });
    }
    let t = parse_toml(&manifest)?;
    let mut packages = Vec::new();
    let mut is_workspace = false;
    if let Some(ws) = t.get("workspace").and_then(|w| w.as_table()) {
        is_workspace = true;
        for dir in member_dirs(&root, ws) {
            if dir != root {
                if let Some(p) = package_at(&dir, all_targets)? {
                    packages.push(p);
                }
            }
        }
    }
    if t.contains_key("package") {
        if let Some(p) = package_at(&root, all_targets)? {
            packages.insert(0, p);
        }
    }
    Ok(Workspace { root, manifest: Some(manifest), is_workspace, packages })
}

/// Folders never read.
pub fn skipped_dir(name: &str) -> bool {
    name == "target" || (name.starts_with('.') && name != "." && name != "..")
}

/// Every `.rs` file to read: below each package (skipping nested packages' folders, `target/`,
/// hidden folders; tests/examples/benches unless `all_targets`), or below a loose root.
pub fn candidates(ws: &Workspace, all_targets: bool, excludes: &[Glob]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let package_roots: Vec<&Path> = ws.packages.iter().map(|p| p.root.as_path()).collect();
    let walk = |dir: &Path, package: Option<usize>, out: &mut Vec<Candidate>| {
        let it = walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter().filter_entry(|e| {
            if e.depth() == 0 {
                return true;
            }
            let name = e.file_name().to_string_lossy();
            if e.file_type().is_dir() {
                if skipped_dir(&name) {
                    return false;
                }
                // A nested package is walked on its own.
                if package_roots
                    .iter()
                    .any(|r| *r == e.path() && Some(*r) != package.map(|i| ws.packages[i].root.as_path()))
                {
                    return false;
                }
            }
            true
        });
        for entry in it.filter_map(Result::ok) {
            if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel_ws = entry.path().strip_prefix(&ws.root).map(to_slash).unwrap_or_else(|_| to_slash(entry.path()));
            if excludes.iter().any(|g| g.matches(&rel_ws)) {
                continue;
            }
            let test_only = match package {
                Some(i) => {
                    let rel = entry.path().strip_prefix(&ws.packages[i].root).map(to_slash).unwrap_or_default();
                    let top = rel.split('/').next().unwrap_or("");
                    if matches!(top, "tests" | "examples" | "benches") {
                        if !all_targets {
                            continue;
                        }
                        // Asked for explicitly: linted like the rest.
                        false
                    } else {
                        // build.rs and other files outside src/ are not part of the crate.
                        if top != "src" && !ws.packages[i].targets.iter().any(|t| t.root == entry.path()) {
                            continue;
                        }
                        false
                    }
                }
                None => false,
            };
            out.push(Candidate { path: entry.path().to_path_buf(), package, test_only });
        }
    };
    if ws.packages.is_empty() {
        walk(&ws.root, None, &mut out);
    } else {
        for (i, p) in ws.packages.iter().enumerate() {
            walk(&p.root, Some(i), &mut out);
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    out
}

/// A non-Rust input: migrations, dotenv files, application configuration.
#[derive(Debug, Clone)]
pub struct AuxFile {
    pub path: PathBuf,
    pub kind: super::FileKind,
    pub package: Option<usize>,
    /// Under a `tests/`, `examples/`, `benches/` or `fixtures` folder.
    pub test_only: bool,
}

const DOTENV_TEMPLATES: &[&str] = &["example", "sample", "template", "dist", "defaults"];

/// What kind of auxiliary input a file is, from its path relative to the root (SPEC §3).
pub fn aux_kind(rel: &str, migration_dirs: &[String]) -> Option<super::FileKind> {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let dirs: Vec<&str> = rel.split('/').collect();
    let dirs = &dirs[..dirs.len().saturating_sub(1)];
    if name == ".env" || name.starts_with(".env.") {
        let suffix = name.trim_start_matches(".env").trim_start_matches('.');
        return (!DOTENV_TEMPLATES.contains(&suffix)).then_some(super::FileKind::Env);
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if ext == "sql" {
        let in_migrations = dirs.iter().any(|d| *d == "migrations" || *d == "migration")
            || migration_dirs.iter().any(|m| rel.starts_with(&format!("{}/", m.trim_end_matches('/'))));
        return in_migrations.then_some(super::FileKind::Sql);
    }
    if matches!(ext.as_str(), "toml" | "yaml" | "yml" | "json") {
        if matches!(
            name,
            "Cargo.toml"
                | "launchlint.toml"
                | "rustfmt.toml"
                | "clippy.toml"
                | "deny.toml"
                | "rust-toolchain.toml"
                | "launchlint-baseline.json"
        ) {
            return None;
        }
        let stem = name.split('.').next().unwrap_or("");
        let in_config_dir = dirs.iter().any(|d| *d == "config" || *d == "configuration");
        let named = matches!(stem, "config" | "settings" | "configuration" | "appsettings");
        return (in_config_dir || named).then_some(super::FileKind::Settings);
    }
    None
}

/// Every auxiliary input below the roots: skips `target/`, hidden folders and excluded globs.
pub fn aux_files(ws: &Workspace, excludes: &[Glob], migration_dirs: &[String]) -> Vec<AuxFile> {
    let mut out = Vec::new();
    let it =
        walkdir::WalkDir::new(&ws.root).follow_links(false).sort_by_file_name().into_iter().filter_entry(|e| {
            e.depth() == 0 || !e.file_type().is_dir() || !skipped_dir(&e.file_name().to_string_lossy())
        });
    for entry in it.filter_map(Result::ok) {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&ws.root).map(to_slash).unwrap_or_default();
        let Some(kind) = aux_kind(&rel, migration_dirs) else {
            continue;
        };
        if excludes.iter().any(|g| g.matches(&rel)) {
            continue;
        }
        let package = ws
            .packages
            .iter()
            .enumerate()
            .filter(|(_, p)| entry.path().starts_with(&p.root))
            .max_by_key(|(_, p)| p.root.components().count())
            .map(|(i, _)| i);
        let test_only = rel.split('/').any(|d| matches!(d, "tests" | "examples" | "benches" | "fixtures" | "testdata"));
        out.push(AuxFile { path: entry.path().to_path_buf(), kind, package, test_only });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::aux_kind;
    use crate::source::FileKind;

    #[test]
    fn aux_kinds() {
        let none: &[String] = &[];
        assert_eq!(aux_kind("migrations/0001_init.sql", none), Some(FileKind::Sql));
        assert_eq!(aux_kind("crates/db/migrations/2024/up.sql", none), Some(FileKind::Sql));
        assert_eq!(aux_kind("queries/report.sql", none), None);
        assert_eq!(aux_kind("db/schema/V1__init.sql", &["db/schema".to_string()]), Some(FileKind::Sql));
        assert_eq!(aux_kind(".env", none), Some(FileKind::Env));
        assert_eq!(aux_kind("deploy/.env.production", none), Some(FileKind::Env));
        assert_eq!(aux_kind(".env.example", none), None);
        assert_eq!(aux_kind(".env.sample", none), None);
        assert_eq!(aux_kind("config/production.yaml", none), Some(FileKind::Settings));
        assert_eq!(aux_kind("settings.toml", none), Some(FileKind::Settings));
        assert_eq!(aux_kind("Cargo.toml", none), None);
        assert_eq!(aux_kind("config/Cargo.toml", none), None);
        assert_eq!(aux_kind("package.json", none), None);
    }
}
