//! One run: discover → read → parse and extract (parallel) → link → lint → levels →
//! fingerprints → suppress → sort. Operational failures are [`RunError`]s (exit code 2);
//! everything about the code is a finding.

use crate::baseline::{self, Baseline};
use crate::config::{self, CliLevels, Config, ConfigError, ManifestTable};
use crate::diag::{fingerprint, sort_findings, Finding, Label, Level, Summary};
use crate::facts::FileFacts;
use crate::lint::{Lint, LintContext, LintMeta};
use crate::model::{modules, Model};
use crate::parse::{self, ParseFailure};
use crate::source::discover::{self, to_slash, Candidate, Workspace};
use crate::source::{FileId, FileKind, Glob, NewFile, SourceDb};
use crate::suppress::{self, Sources, UNUSED_SUPPRESSION};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What to run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Paths given on the command line (empty: the project containing the current directory).
    pub paths: Vec<PathBuf>,
    pub config_file: Option<PathBuf>,
    pub all_targets: bool,
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    pub exclude: Vec<String>,
    pub levels: CliLevels,
    /// `Some(path)`: use that baseline; `None`: the default file if present.
    pub baseline: Option<PathBuf>,
    /// Ignore any baseline (used when writing one).
    pub no_baseline: bool,
}

#[derive(Debug)]
pub enum RunError {
    /// The configuration is invalid; rendered with the config file's text.
    Config(ConfigError),
    /// Anything else that stops the run.
    Other(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Config(e) => write!(f, "{e}"),
            RunError::Other(s) => f.write_str(s),
        }
    }
}

impl std::error::Error for RunError {}

/// The result of a run.
pub struct RunOutput {
    pub db: SourceDb,
    pub model: Model,
    pub config: Config,
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub summary: Summary,
    /// Lints with a level above `allow` somewhere, sorted by name.
    pub enabled: Vec<&'static LintMeta>,
    /// Informational lines for `-v`.
    pub notes: Vec<String>,
    pub roots: Vec<PathBuf>,
}

/// Where each PATH leads.
fn roots(opts: &RunOptions) -> Result<Vec<PathBuf>, RunError> {
    if opts.paths.is_empty() {
        let cwd =
            std::env::current_dir().map_err(|e| RunError::Other(format!("cannot read the current directory: {e}")))?;
        return Ok(vec![discover::find_root(&cwd).unwrap_or(cwd)]);
    }
    let mut out = Vec::new();
    for p in &opts.paths {
        if !p.exists() {
            return Err(RunError::Other(format!("{}: no such file or directory", p.display())));
        }
        let abs = p.canonicalize().map_err(|e| RunError::Other(format!("{}: {e}", p.display())))?;
        out.push(abs);
    }
    Ok(out)
}

/// The folder that display paths are relative to: the single root, or the roots' common
/// ancestor.
fn display_base(roots: &[PathBuf]) -> PathBuf {
    let dirs: Vec<PathBuf> = roots
        .iter()
        .map(|r| if r.is_file() { r.parent().map(Path::to_path_buf).unwrap_or_default() } else { r.clone() })
        .collect();
    let mut base = dirs.first().cloned().unwrap_or_default();
    for d in &dirs[1.min(dirs.len())..] {
        while !d.starts_with(&base) {
            if !base.pop() {
                break;
            }
        }
    }
    base
}

fn rel(path: &Path, base: &Path) -> String {
    path.strip_prefix(base).map(to_slash).unwrap_or_else(|_| to_slash(path))
}

fn read_config(
    opts: &RunOptions,
    workspaces: &[Workspace],
    db: &mut SourceDb,
    known: &[&str],
    base: &Path,
) -> Result<Config, RunError> {
    let mut cfg = Config { cli: opts.levels.clone(), ..Config::default() };
    let add_file = |db: &mut SourceDb, path: &Path, text: &str| {
        db.add(NewFile {
            path: path.to_path_buf(),
            display: rel(path, base),
            package_rel: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            package: None,
            kind: FileKind::Config,
            test_only: false,
            linked: true,
            text: Arc::from(text),
        });
    };
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|e| RunError::Other(format!("cannot read {}: {e}", p.display())));
    if let Some(f) = &opts.config_file {
        let text = read(f)?;
        add_file(db, f, &text);
        cfg.workspace = config::parse_file(f, &text, known).map_err(RunError::Config)?;
        cfg.sources.push(f.clone());
    }
    for ws in workspaces {
        if opts.config_file.is_none() {
            let file = ws.root.join("launchlint.toml");
            if file.is_file() {
                let text = read(&file)?;
                add_file(db, &file, &text);
                cfg.workspace = config::parse_file(&file, &text, known).map_err(RunError::Config)?;
                cfg.sources.push(file);
            } else if let Some(m) = &ws.manifest {
                let text = read(m)?;
                let table = if ws.is_workspace { ManifestTable::Workspace } else { ManifestTable::Package };
                if let Some(s) = config::parse_manifest(m, &text, table, known).map_err(RunError::Config)? {
                    add_file(db, m, &text);
                    cfg.workspace = s;
                    cfg.sources.push(m.clone());
                }
            }
        }
        // Member packages: their own launchlint.toml or [package.metadata.launchlint].
        for (i, p) in ws.packages.iter().enumerate() {
            if p.root == ws.root {
                continue;
            }
            let file = p.root.join("launchlint.toml");
            let settings = if file.is_file() {
                let text = read(&file)?;
                add_file(db, &file, &text);
                cfg.sources.push(file.clone());
                Some(config::parse_file(&file, &text, known).map_err(RunError::Config)?)
            } else {
                let text = read(&p.manifest)?;
                let s = config::parse_manifest(&p.manifest, &text, ManifestTable::Package, known)
                    .map_err(RunError::Config)?;
                if s.is_some() {
                    add_file(db, &p.manifest, &text);
                    cfg.sources.push(p.manifest.clone());
                }
                s
            };
            if let Some(s) = settings {
                cfg.packages.insert(package_index(workspaces, ws, i), s);
            }
        }
    }
    Ok(cfg)
}

/// Global package index across several roots.
fn package_index(all: &[Workspace], ws: &Workspace, i: usize) -> usize {
    let mut offset = 0;
    for w in all {
        if std::ptr::eq(w, ws) {
            return offset + i;
        }
        offset += w.packages.len();
    }
    offset + i
}

struct Loaded {
    path: PathBuf,
    package: Option<usize>,
    test_only: bool,
    result: std::io::Result<(Arc<str>, Option<ParseFailure>, Option<parse::Parsed>)>,
}

/// Runs `lints`. `reserved` names lints that are accepted in configuration and markers but not
/// implemented yet (so an `allow` of them is neither an error nor reported as unused).
pub fn run(opts: &RunOptions, lints: &[&'static dyn Lint], reserved: &[&str]) -> Result<RunOutput, RunError> {
    let active: Vec<&str> = lints.iter().map(|l| l.meta().name).collect();
    let mut known: Vec<&str> = active.iter().chain(reserved.iter()).copied().collect();
    known.sort_unstable();
    known.dedup();
    let roots = roots(opts)?;
    let base = display_base(&roots);
    let mut workspaces = Vec::new();
    let mut loose_files = Vec::new();
    for r in &roots {
        if r.is_file() {
            loose_files.push(r.clone());
        } else {
            workspaces.push(discover::workspace(r, opts.all_targets).map_err(|e| RunError::Other(e.0))?);
        }
    }
    let mut db = SourceDb::new();
    let mut config = read_config(opts, &workspaces, &mut db, &known, &base)?;
    let mut excludes = Vec::new();
    for e in &opts.exclude {
        excludes.push(Glob::new(e).map_err(|m| RunError::Other(format!("--exclude {e}: {m}")))?);
    }
    excludes.extend(config.excludes().cloned());
    config.workspace.exclude = excludes.clone();

    // Global package list across roots.
    let packages: Vec<(PathBuf, String)> =
        workspaces.iter().flat_map(|w| w.packages.iter().map(|p| (p.root.clone(), p.lib_name.clone()))).collect();
    let mut cands: Vec<Candidate> = Vec::new();
    let mut offset = 0;
    for w in &workspaces {
        for mut c in discover::candidates(w, opts.all_targets, &excludes) {
            c.package = c.package.map(|p| p + offset);
            cands.push(c);
        }
        offset += w.packages.len();
    }
    for f in &loose_files {
        cands.push(Candidate { path: f.clone(), package: None, test_only: false });
    }

    let pool = parse::pool(opts.threads).map_err(RunError::Other)?;
    let mut facts: HashMap<FileId, FileFacts> = HashMap::new();
    let mut failures: Vec<ParseFailure> = Vec::new();
    let mut notes = Vec::new();
    let mut pending = cands;
    let mut rust_files: Vec<FileId> = Vec::new();
    let mut linked;
    loop {
        // Read, decode, parse and extract on the same worker; only plain data comes back.
        let first = db.len();
        let loaded: Vec<Loaded> = pool.install(|| {
            pending
                .par_iter()
                .enumerate()
                .map(|(i, c)| {
                    let id = FileId((first + i) as u32);
                    let result = std::fs::read(&c.path).map(|bytes| {
                        let (text, failure) = parse::decode(id, bytes);
                        let parsed = failure.is_none().then(|| parse::parse_and_extract(id, &text));
                        (text, failure, parsed)
                    });
                    Loaded { path: c.path.clone(), package: c.package, test_only: c.test_only, result }
                })
                .collect()
        });
        for l in loaded {
            let (text, failure, parsed) =
                l.result.map_err(|e| RunError::Other(format!("cannot read {}: {e}", l.path.display())))?;
            let package_rel = match l.package {
                Some(p) => rel(&l.path, &packages[p].0),
                None => l.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            };
            let id = db.add(NewFile {
                path: l.path.clone(),
                display: rel(&l.path, &base),
                package_rel,
                package: l.package,
                kind: FileKind::Rust,
                test_only: l.test_only,
                linked: false,
                text,
            });
            rust_files.push(id);
            failures.extend(failure);
            if let Some(p) = parsed {
                debug_assert_eq!(p.file, id);
                failures.extend(p.failure);
                if let Some(f) = p.facts {
                    facts.insert(id, f);
                }
            }
        }
        linked = modules::link(&workspaces, &db, &facts);
        let known_paths: std::collections::HashSet<&Path> = db.files().iter().map(|f| f.path.as_path()).collect();
        pending = linked
            .missing
            .iter()
            .filter(|(p, _)| !known_paths.contains(p.as_path()))
            .filter(|(p, _)| !excludes.iter().any(|g| g.matches(&rel(p, &base))))
            .map(|(p, pkg)| Candidate { path: p.clone(), package: *pkg, test_only: false })
            .collect();
        if pending.is_empty() {
            break;
        }
    }
    // Migrations, dotenv and application configuration files (SPEC §3).
    let migration_dirs = config.migrations();
    let mut offset = 0;
    for w in &workspaces {
        for a in discover::aux_files(w, &excludes, &migration_dirs) {
            let bytes = std::fs::read(&a.path)
                .map_err(|e| RunError::Other(format!("cannot read {}: {e}", a.path.display())))?;
            let package = a.package.map(|p| p + offset);
            let package_rel = match package {
                Some(p) => rel(&a.path, &packages[p].0),
                None => rel(&a.path, &w.root),
            };
            db.add(NewFile {
                path: a.path.clone(),
                display: rel(&a.path, &base),
                package_rel,
                package,
                kind: a.kind,
                test_only: a.test_only,
                linked: true,
                text: Arc::from(String::from_utf8_lossy(&bytes).as_ref()),
            });
        }
        offset += w.packages.len();
    }
    for (id, m) in &linked.modules {
        let f = db.get_mut(*id);
        f.linked = m.linked;
        if m.test_only {
            f.test_only = true;
        }
    }
    for id in &rust_files {
        let f = db.get(*id);
        if !f.linked && f.package.is_some() {
            notes.push(format!("{}: not reached from any crate root (`mod` tree); linted anyway", f.display));
        }
    }
    failures.sort_by_key(|f| (f.span.file, f.span.start));

    let libs: Vec<(String, usize)> = packages.iter().enumerate().map(|(i, (_, lib))| (lib.clone(), i)).collect();
    // SQL files named by `query_file!` / `include_str!` (not in the migration folders).
    read_query_files(&mut db, &facts, &packages, &base);
    let roots_of: Vec<PathBuf> = packages.iter().map(|(r, _)| r.clone()).collect();
    let model = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pool.install(|| Model::build(&db, facts, linked.modules, failures, libs, &roots_of))
    }))
    .map_err(|_| RunError::Other("internal error while linking the service model; please report it".to_string()))?;
    notes.extend(model.tenancy.summary(&config, &db));

    // Lint.
    let cx = LintContext { model: &model, db: &db, config: &config };
    let per_lint: Vec<Result<Vec<Finding>, &str>> = pool.install(|| {
        lints
            .par_iter()
            .map(|l| {
                let mut out = Vec::new();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| l.check(&cx, &mut out)))
                    .map(|()| out)
                    .map_err(|_| l.meta().name)
            })
            .collect()
    });
    let mut findings: Vec<Finding> = Vec::new();
    for r in per_lint {
        match r {
            Ok(f) => findings.extend(f),
            Err(name) => {
                return Err(RunError::Other(format!("internal error in lint `{name}`; please report it")));
            }
        }
    }
    let default_level = |name: &str| lints.iter().find(|l| l.meta().name == name).map(|l| l.meta().default_level());
    findings.retain_mut(|f| {
        let Some(d) = default_level(f.lint) else {
            return false;
        };
        f.level = config.level(f.lint, d, db.get(f.primary.span.file).package);
        f.level != Level::Allow
    });
    sort_findings(&mut findings, &db);
    fingerprint::assign(&mut findings, &db);

    // Baseline.
    let baseline_path = if opts.no_baseline {
        None
    } else {
        match &opts.baseline {
            Some(p) => {
                if !p.is_file() {
                    return Err(RunError::Other(format!("baseline {}: no such file", p.display())));
                }
                Some(p.clone())
            }
            None => workspaces.first().map(|w| w.root.join(baseline::DEFAULT_FILE)).filter(|p| p.is_file()),
        }
    };
    let mut baseline_file = None;
    let baseline = match &baseline_path {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).map_err(|e| RunError::Other(format!("cannot read {}: {e}", p.display())))?;
            let b = Baseline::parse(&text).map_err(|e| RunError::Other(format!("{}: {e}", p.display())))?;
            baseline_file = Some(db.add(NewFile {
                path: p.clone(),
                display: rel(p, &base),
                package_rel: baseline::DEFAULT_FILE.to_string(),
                package: None,
                kind: FileKind::Config,
                test_only: false,
                linked: true,
                text: Arc::from(text.as_str()),
            }));
            Some(b)
        }
        None => None,
    };

    let config_ids: Vec<(PathBuf, FileId)> =
        db.files().iter().filter(|f| f.kind == FileKind::Config).map(|f| (f.path.clone(), f.id)).collect();
    let lookup = |p: &Path| config_ids.iter().find(|(cp, _)| cp == p).map(|(_, id)| *id);
    let sources = Sources {
        config: &config,
        config_file: &lookup,
        baseline: baseline.as_ref(),
        baseline_file,
        known_lints: &known,
        active_lints: &active,
    };
    let outcome = suppress::apply(findings, &model, &db, &sources);
    let mut reported = outcome.reported;
    if let Some(d) = default_level(UNUSED_SUPPRESSION) {
        let mut unused = outcome.unused;
        for f in &mut unused {
            f.level = config.level(UNUSED_SUPPRESSION, d, db.get(f.primary.span.file).package);
        }
        unused.retain(|f| f.level != Level::Allow);
        fingerprint::assign(&mut unused, &db);
        reported.extend(unused);
    }
    if config.deny_warnings() {
        for f in &mut reported {
            f.level = Level::Deny;
        }
    }
    sort_findings(&mut reported, &db);
    let mut suppressed = outcome.suppressed;
    sort_findings(&mut suppressed, &db);

    let mut enabled: Vec<&'static LintMeta> = lints
        .iter()
        .map(|l| l.meta())
        .filter(|m| {
            let d = m.default_level();
            config.level(m.name, d, None) != Level::Allow
                || config.packages.keys().any(|p| config.level(m.name, d, Some(*p)) != Level::Allow)
        })
        .collect();
    enabled.sort_by_key(|m| m.name);
    let summary = Summary::of(&reported, suppressed.len(), rust_files.len());
    Ok(RunOutput { db, model, config, findings: reported, suppressed, summary, enabled, notes, roots })
}

/// Reads the SQL files that query sites name (`sqlx::query_file!` relative to the package root,
/// `include_str!` relative to the file) into the file table as [`FileKind::Query`].
fn read_query_files(
    db: &mut SourceDb,
    facts: &HashMap<FileId, FileFacts>,
    packages: &[(PathBuf, String)],
    base: &Path,
) {
    let mut wanted: Vec<(PathBuf, Option<usize>)> = Vec::new();
    let mut ids: Vec<&FileId> = facts.keys().collect();
    ids.sort();
    for id in ids {
        let f = db.get(*id);
        let consts = facts[id].const_sql.iter().flat_map(|c| c.pieces.iter());
        let pieces = facts[id].queries.iter().flat_map(|q| q.pieces.iter()).chain(consts);
        for p in pieces {
            if let crate::facts::sql::Piece::File { path, include, .. } = p {
                let dir = if *include {
                    f.path.parent().map(Path::to_path_buf)
                } else {
                    f.package.and_then(|p| packages.get(p)).map(|(r, _)| r.clone())
                };
                if let Some(d) = dir {
                    wanted.push((discover::clean(&d.join(path)), f.package));
                }
            }
        }
    }
    wanted.sort();
    wanted.dedup();
    for (path, package) in wanted {
        if db.files().iter().any(|f| f.path == path) || !path.is_file() {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let package_rel = match package {
            Some(p) => rel(&path, &packages[p].0),
            None => rel(&path, base),
        };
        db.add(NewFile {
            path: path.clone(),
            display: rel(&path, base),
            package_rel,
            package,
            kind: FileKind::Query,
            test_only: false,
            linked: true,
            text: Arc::from(String::from_utf8_lossy(&bytes).as_ref()),
        });
    }
}

/// A finding for tests and tools: the text under its primary label.
pub fn primary_text<'a>(db: &'a SourceDb, f: &Finding) -> &'a str {
    db.get(f.primary.span.file).snippet(&f.primary.span)
}

/// Builds a label (helper for lints).
pub fn label(span: crate::source::Span, msg: impl Into<String>) -> Label {
    Label::new(span, msg)
}
