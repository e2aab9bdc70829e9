//! `launchlint.toml` and `[workspace|package.metadata.launchlint]` (SPEC §4). Parsing is two
//! phases, as in cargo-deny: serde with `deny_unknown_fields` catches unknown keys and wrong types
//! (with the key's span), then validation checks lint names, levels and globs against spans kept
//! in `Spanned` values. Every error points into the file it came from.

use crate::diag::suggest::suggest;
use crate::diag::Level;
use crate::source::Glob;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// A configuration error: a message and the place in the config file it refers to.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub path: PathBuf,
    pub text: String,
    pub span: Option<Range<usize>>,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ConfigError {}

type Sp<T> = Spanned<T>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    lints: Option<BTreeMap<Sp<String>, Sp<String>>>,
    auth: Option<RawAuth>,
    tenancy: Option<RawTenancy>,
    rate_limit: Option<RawRateLimit>,
    secrets: Option<RawSecrets>,
    paths: Option<RawPaths>,
    allow: Option<Vec<Sp<RawAllow>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuth {
    extractors: Option<Vec<Sp<String>>>,
    middleware: Option<Vec<Sp<String>>>,
    public_paths: Option<Vec<Sp<String>>>,
    conventional_public: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTenancy {
    columns: Option<Vec<Sp<String>>>,
    tables: Option<Vec<Sp<String>>>,
    global_tables: Option<Vec<Sp<String>>>,
    migrations: Option<Vec<Sp<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRateLimit {
    layers: Option<Vec<Sp<String>>>,
    sensitive_paths: Option<Vec<Sp<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSecrets {
    allow: Option<Vec<Sp<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPaths {
    exclude: Option<Vec<Sp<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    lint: Sp<String>,
    path: Option<Sp<String>>,
    route: Option<Sp<String>>,
    reason: Option<Sp<String>>,
}

/// Where a setting came from, so findings about it (an unused `[[allow]]`) can point there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub path: PathBuf,
    pub span: Range<usize>,
}

/// A `[[allow]]` entry.
#[derive(Debug, Clone)]
pub struct AllowEntry {
    pub lint: String,
    pub path: Option<Glob>,
    /// `METHOD /path`; the path part may be a glob.
    pub route: Option<String>,
    pub reason: String,
    pub origin: Origin,
}

/// One layer of settings (workspace or package). `None` = not set at this layer.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub levels: BTreeMap<String, Level>,
    pub auth_extractors: Option<Vec<String>>,
    pub auth_middleware: Option<Vec<String>>,
    pub public_paths: Option<Vec<Glob>>,
    pub conventional_public: Option<bool>,
    pub tenancy_columns: Option<Vec<String>>,
    pub tenancy_tables: Option<Vec<String>>,
    pub global_tables: Option<Vec<String>>,
    pub migrations: Option<Vec<String>>,
    pub rate_limit_layers: Option<Vec<String>>,
    pub sensitive_paths: Option<Vec<Glob>>,
    pub secrets_allow: Option<Vec<Glob>>,
    pub exclude: Vec<Glob>,
    pub allow: Vec<AllowEntry>,
}

pub const DEFAULT_TENANCY_COLUMNS: &[&str] = &["workspace_id", "tenant_id", "org_id", "organization_id", "team_id"];

/// Command-line level overrides, applied in order (`-D`, `-W`, `-A`; `warnings` = every warning).
#[derive(Debug, Clone, Default)]
pub struct CliLevels {
    pub overrides: Vec<(String, Level)>,
}

/// The effective configuration of a run.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub workspace: Settings,
    /// Package settings by package index.
    pub packages: BTreeMap<usize, Settings>,
    pub cli: CliLevels,
    /// Config files read, for `-v`.
    pub sources: Vec<PathBuf>,
}

impl Config {
    fn layered<'a, T>(&'a self, package: Option<usize>, get: impl Fn(&'a Settings) -> Option<&'a T>) -> Option<&'a T> {
        package.and_then(|p| self.packages.get(&p)).and_then(&get).or_else(|| get(&self.workspace))
    }

    /// The level of `lint` for a file of `package`: command line > package > workspace > default.
    pub fn level(&self, lint: &str, default: Level, package: Option<usize>) -> Level {
        let mut level = self.layered(package, |s| s.levels.get(lint)).copied().unwrap_or(default);
        for (name, l) in &self.cli.overrides {
            if name == lint {
                level = *l;
            } else if name == "warnings" && level == Level::Warn && *l == Level::Deny {
                level = Level::Deny;
            }
        }
        level
    }

    /// `-D warnings` applies after per-lint levels, to everything that ends up a warning.
    pub fn deny_warnings(&self) -> bool {
        self.cli.overrides.iter().any(|(n, l)| n == "warnings" && *l == Level::Deny)
    }

    pub fn auth_extractors(&self, package: Option<usize>) -> &[String] {
        self.layered(package, |s| s.auth_extractors.as_ref()).map_or(&[], Vec::as_slice)
    }

    pub fn auth_middleware(&self, package: Option<usize>) -> &[String] {
        self.layered(package, |s| s.auth_middleware.as_ref()).map_or(&[], Vec::as_slice)
    }

    pub fn public_paths(&self, package: Option<usize>) -> &[Glob] {
        self.layered(package, |s| s.public_paths.as_ref()).map_or(&[], Vec::as_slice)
    }

    pub fn conventional_public(&self, package: Option<usize>) -> bool {
        self.layered(package, |s| s.conventional_public.as_ref()).copied().unwrap_or(true)
    }

    pub fn tenancy_columns(&self, package: Option<usize>) -> Vec<String> {
        self.layered(package, |s| s.tenancy_columns.as_ref())
            .cloned()
            .unwrap_or_else(|| DEFAULT_TENANCY_COLUMNS.iter().map(|s| s.to_string()).collect())
    }

    pub fn secrets_allow(&self, package: Option<usize>) -> &[Glob] {
        self.layered(package, |s| s.secrets_allow.as_ref()).map_or(&[], Vec::as_slice)
    }

    pub fn migrations(&self) -> Vec<String> {
        self.workspace.migrations.clone().unwrap_or_else(|| vec!["migrations".to_string()])
    }

    /// Every exclude glob (workspace and packages).
    pub fn excludes(&self) -> impl Iterator<Item = &Glob> {
        self.workspace.exclude.iter().chain(self.packages.values().flat_map(|s| s.exclude.iter()))
    }

    /// Every `[[allow]]` entry, workspace first.
    pub fn allow_entries(&self) -> impl Iterator<Item = (Option<usize>, &AllowEntry)> {
        self.workspace
            .allow
            .iter()
            .map(|a| (None, a))
            .chain(self.packages.iter().flat_map(|(p, s)| s.allow.iter().map(move |a| (Some(*p), a))))
    }
}

/// Where the launchlint settings sit inside a `Cargo.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestTable {
    Workspace,
    Package,
}

#[derive(Deserialize)]
struct ManifestMeta {
    workspace: Option<MetaHolder>,
    package: Option<MetaHolder>,
}

#[derive(Deserialize)]
struct MetaHolder {
    metadata: Option<MetaLaunchlint>,
}

#[derive(Deserialize)]
struct MetaLaunchlint {
    launchlint: Option<RawConfig>,
}

fn err(path: &Path, text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> ConfigError {
    ConfigError { path: path.to_path_buf(), text: text.to_string(), span, message: message.into(), help: None }
}

fn toml_err(path: &Path, text: &str, e: toml::de::Error) -> ConfigError {
    let message = e.message().trim().to_string();
    let mut ce = err(path, text, e.span(), message.clone());
    if message.starts_with("unknown field") {
        ce.help = Some("see the configuration reference: `cargo launchlint --help` or the README".into());
    }
    ce
}

/// Parses a standalone `launchlint.toml`.
pub fn parse_file(path: &Path, text: &str, known_lints: &[&str]) -> Result<Settings, ConfigError> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| toml_err(path, text, e))?;
    validate(raw, path, text, known_lints)
}

/// Reads launchlint settings from a `Cargo.toml`, if it has them.
pub fn parse_manifest(
    path: &Path,
    text: &str,
    table: ManifestTable,
    known_lints: &[&str],
) -> Result<Option<Settings>, ConfigError> {
    let meta: ManifestMeta = toml::from_str(text).map_err(|e| toml_err(path, text, e))?;
    let holder = match table {
        ManifestTable::Workspace => meta.workspace,
        ManifestTable::Package => meta.package,
    };
    match holder.and_then(|h| h.metadata).and_then(|m| m.launchlint) {
        Some(raw) => validate(raw, path, text, known_lints).map(Some),
        None => Ok(None),
    }
}

fn strings(v: Option<Vec<Sp<String>>>) -> Option<Vec<String>> {
    v.map(|v| v.into_iter().map(Spanned::into_inner).collect())
}

fn globs(v: Option<Vec<Sp<String>>>, path: &Path, text: &str) -> Result<Option<Vec<Glob>>, ConfigError> {
    let Some(v) = v else { return Ok(None) };
    let mut out = Vec::new();
    for g in v {
        let span = g.span();
        out.push(Glob::new(g.get_ref()).map_err(|m| err(path, text, Some(span), m))?);
    }
    Ok(Some(out))
}

fn check_lint_name(name: &Sp<String>, path: &Path, text: &str, known: &[&str]) -> Result<(), ConfigError> {
    if known.contains(&name.get_ref().as_str()) {
        return Ok(());
    }
    let mut e = err(path, text, Some(name.span()), format!("unknown lint `{}`", name.get_ref()));
    e.help = Some(match suggest(name.get_ref(), known.iter().copied()) {
        Some(s) => format!("did you mean `{s}`?"),
        None => "`cargo launchlint lints` lists every lint".to_string(),
    });
    Err(e)
}

fn validate(raw: RawConfig, path: &Path, text: &str, known: &[&str]) -> Result<Settings, ConfigError> {
    let mut s = Settings::default();
    for (name, level) in raw.lints.unwrap_or_default() {
        check_lint_name(&name, path, text, known)?;
        let Some(l) = Level::parse(level.get_ref()) else {
            let mut e = err(path, text, Some(level.span()), format!("invalid level `{}`", level.get_ref()));
            e.help = Some("use \"allow\", \"warn\" or \"deny\"".into());
            return Err(e);
        };
        s.levels.insert(name.into_inner(), l);
    }
    if let Some(a) = raw.auth {
        s.auth_extractors = strings(a.extractors);
        s.auth_middleware = strings(a.middleware);
        s.public_paths = globs(a.public_paths, path, text)?;
        s.conventional_public = a.conventional_public;
    }
    if let Some(t) = raw.tenancy {
        s.tenancy_columns = strings(t.columns);
        s.tenancy_tables = strings(t.tables);
        s.global_tables = strings(t.global_tables);
        s.migrations = strings(t.migrations);
    }
    if let Some(r) = raw.rate_limit {
        s.rate_limit_layers = strings(r.layers);
        s.sensitive_paths = globs(r.sensitive_paths, path, text)?;
    }
    if let Some(sec) = raw.secrets {
        s.secrets_allow = globs(sec.allow, path, text)?;
    }
    if let Some(p) = raw.paths {
        s.exclude = globs(p.exclude, path, text)?.unwrap_or_default();
    }
    for entry in raw.allow.unwrap_or_default() {
        let span = entry.span();
        let a = entry.into_inner();
        check_lint_name(&a.lint, path, text, known)?;
        let reason = match a.reason {
            Some(r) if !r.get_ref().trim().is_empty() => r.into_inner(),
            Some(r) => {
                return Err(err(path, text, Some(r.span()), "the reason of an `[[allow]]` entry must not be empty"))
            }
            None => {
                let mut e = err(path, text, Some(span), "`[[allow]]` entry without `reason`");
                e.help = Some("say why the finding does not apply: `reason = \"...\"`".into());
                return Err(e);
            }
        };
        if a.path.is_none() && a.route.is_none() {
            let mut e = err(path, text, Some(span), "`[[allow]]` entry needs `path` or `route`");
            e.help = Some("`path = \"src/routes/webhooks.rs\"` (a glob) or `route = \"POST /webhooks/stripe\"`".into());
            return Err(e);
        }
        let glob = match a.path {
            Some(p) => {
                let sp = p.span();
                Some(Glob::new(p.get_ref()).map_err(|m| err(path, text, Some(sp), m))?)
            }
            None => None,
        };
        let route = match a.route {
            Some(r) => {
                let v = r.get_ref().trim().to_string();
                let ok = v.split_once(' ').is_some_and(|(m, p)| !m.is_empty() && p.starts_with('/'));
                if !ok {
                    let mut e = err(path, text, Some(r.span()), format!("invalid route `{v}`"));
                    e.help = Some("write the method and the full path: `route = \"POST /webhooks/stripe\"`".into());
                    return Err(e);
                }
                Some(v)
            }
            None => None,
        };
        s.allow.push(AllowEntry {
            lint: a.lint.into_inner(),
            path: glob,
            route,
            reason,
            origin: Origin { path: path.to_path_buf(), span },
        });
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["missing_auth", "unvalidated_body", "cors_wildcard_credentials"];

    #[test]
    fn full_config_parses() {
        let text = r#"
[lints]
unvalidated_body = "deny"

[auth]
extractors = ["AuthUser", "crate::auth::Admin"]
middleware = ["require_session"]
public_paths = ["/health", "/public/**"]
conventional_public = true

[tenancy]
columns = ["workspace_id"]
tables = []
global_tables = []
migrations = ["migrations"]

[rate_limit]
layers = []
sensitive_paths = []

[secrets]
allow = []

[paths]
exclude = ["src/generated/**"]

[[allow]]
lint = "missing_auth"
path = "src/routes/webhooks.rs"
reason = "signature verified in handler"
"#;
        let s = parse_file(Path::new("launchlint.toml"), text, KNOWN).expect("valid config");
        assert_eq!(s.levels.get("unvalidated_body"), Some(&Level::Deny));
        assert_eq!(s.allow.len(), 1);
        assert_eq!(s.exclude.len(), 1);
        assert_eq!(s.auth_extractors.as_deref().map(<[String]>::len), Some(2));
    }

    #[test]
    fn unknown_key_points_at_the_key() {
        let text = "[auth]\nextractor = [\"A\"]\n";
        let e = parse_file(Path::new("launchlint.toml"), text, KNOWN).expect_err("unknown key");
        let span = e.span.expect("span");
        assert_eq!(&text[span], "extractor");
        assert!(e.message.contains("unknown field"), "{}", e.message);
    }

    #[test]
    fn unknown_lint_suggests() {
        let text = "[lints]\nmissing_auht = \"deny\"\n";
        let e = parse_file(Path::new("launchlint.toml"), text, KNOWN).expect_err("unknown lint");
        assert_eq!(&text[e.span.clone().expect("span")], "missing_auht");
        assert_eq!(e.help.as_deref(), Some("did you mean `missing_auth`?"));
    }

    #[test]
    fn bad_level_and_allow_without_reason() {
        let e = parse_file(Path::new("l.toml"), "[lints]\nmissing_auth = \"error\"\n", KNOWN).expect_err("bad level");
        assert!(e.message.contains("invalid level"));
        let e = parse_file(Path::new("l.toml"), "[[allow]]\nlint = \"missing_auth\"\npath = \"a.rs\"\n", KNOWN)
            .expect_err("no reason");
        assert!(e.message.contains("without `reason`"));
    }

    #[test]
    fn manifest_metadata() {
        let text = "[package]\nname = \"x\"\n[package.metadata.launchlint.lints]\nmissing_auth = \"warn\"\n";
        let s = parse_manifest(Path::new("Cargo.toml"), text, ManifestTable::Package, KNOWN)
            .expect("valid")
            .expect("present");
        assert_eq!(s.levels.get("missing_auth"), Some(&Level::Warn));
        let none = parse_manifest(Path::new("Cargo.toml"), "[package]\nname = \"x\"\n", ManifestTable::Package, KNOWN)
            .expect("valid");
        assert!(none.is_none());
    }

    #[test]
    fn precedence_cli_over_package_over_workspace() {
        let mut c = Config::default();
        c.workspace.levels.insert("missing_auth".into(), Level::Warn);
        let mut p = Settings::default();
        p.levels.insert("missing_auth".into(), Level::Allow);
        c.packages.insert(0, p);
        assert_eq!(c.level("missing_auth", Level::Deny, None), Level::Warn);
        assert_eq!(c.level("missing_auth", Level::Deny, Some(0)), Level::Allow);
        c.cli.overrides.push(("missing_auth".into(), Level::Deny));
        assert_eq!(c.level("missing_auth", Level::Warn, Some(0)), Level::Deny);
        c.cli.overrides.push(("warnings".into(), Level::Deny));
        assert_eq!(c.level("unvalidated_body", Level::Warn, None), Level::Deny);
    }
}
