//! One module per subcommand; shared plumbing here.

pub mod baseline;
pub mod check;
pub mod explain;
pub mod lints;
pub mod routes;

use crate::cli::{CheckArgs, ColorArg};
use launchlint_core::config::CliLevels;
use launchlint_core::diag::render::human;
use launchlint_core::engine::{RunError, RunOptions};
use launchlint_core::lint::suggest;
use launchlint_core::source::{FileKind, NewFile, SourceDb};
use launchlint_core::Level;
use std::io::{IsTerminal, Write};
use std::sync::Arc;

pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// Prints an operational error to stderr.
pub fn error(msg: &str, help: Option<&str>) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "error: {msg}");
    if let Some(h) = help {
        let _ = writeln!(e, "  = help: {h}");
    }
}

/// Checks a lint name given on the command line.
pub fn check_lint_name(name: &str) -> Result<(), u8> {
    let names = launchlint_lints::all_names();
    if name == "warnings" || names.contains(&name) {
        return Ok(());
    }
    let help = suggest(name, names.iter().copied()).map(|s| format!("did you mean `{s}`?"));
    error(
        &format!("unknown lint `{name}`"),
        Some(help.as_deref().unwrap_or("`cargo launchlint lints` lists every lint")),
    );
    Err(EXIT_ERROR)
}

/// -D/-W/-A in command-line order (clap keeps one list per flag; indices restore the order).
pub fn cli_levels(a: &CheckArgs, m: Option<&clap::ArgMatches>) -> Result<CliLevels, u8> {
    let mut items: Vec<(usize, String, Level)> = Vec::new();
    for (id, list, level) in
        [("deny", &a.deny, Level::Deny), ("warn", &a.warn, Level::Warn), ("allow", &a.allow, Level::Allow)]
    {
        let idx: Vec<usize> = m.and_then(|m| m.indices_of(id)).map(Iterator::collect).unwrap_or_default();
        for (i, name) in list.iter().enumerate() {
            check_lint_name(name)?;
            items.push((idx.get(i).copied().unwrap_or(i), name.clone(), level));
        }
    }
    items.sort_by_key(|(i, _, _)| *i);
    Ok(CliLevels { overrides: items.into_iter().map(|(_, n, l)| (n, l)).collect() })
}

pub fn run_options(a: &CheckArgs, m: Option<&clap::ArgMatches>) -> Result<RunOptions, u8> {
    Ok(RunOptions {
        paths: a.paths.clone(),
        config_file: a.config.clone(),
        all_targets: a.all_targets,
        threads: a.threads,
        exclude: a.exclude.clone(),
        levels: cli_levels(a, m)?,
        baseline: a.baseline.clone(),
        no_baseline: false,
    })
}

/// Whether to colour output written to stdout.
pub fn use_color(arg: ColorArg, to_file: bool) -> bool {
    match arg {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            !to_file && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

/// Reports a run failure (exit 2): config errors with a snippet of the config file.
pub fn report_run_error(e: &RunError, color: bool) -> u8 {
    match e {
        RunError::Config(ce) => {
            let mut db = SourceDb::new();
            let id = db.add(NewFile {
                path: ce.path.clone(),
                display: std::env::current_dir()
                    .ok()
                    .and_then(|cwd| ce.path.strip_prefix(cwd).ok().map(|p| p.display().to_string()))
                    .unwrap_or_else(|| ce.path.display().to_string()),
                package_rel: String::new(),
                package: None,
                kind: FileKind::Config,
                test_only: false,
                linked: true,
                text: Arc::from(ce.text.as_str()),
            });
            use launchlint_core::codespan_reporting::diagnostic::{Diagnostic, Label};
            let mut d = Diagnostic::error().with_message(format!("invalid configuration: {}", ce.message));
            if let Some(span) = &ce.span {
                d = d.with_labels(vec![Label::primary(id, span.clone()).with_message(ce.message.clone())]);
            }
            if let Some(h) = &ce.help {
                d = d.with_notes(vec![format!("help: {h}")]);
            }
            let _ =
                std::io::stderr().write_all(human::emit(&db, &d, color && std::io::stderr().is_terminal()).as_bytes());
        }
        RunError::Other(msg) => error(msg, None),
    }
    EXIT_ERROR
}

/// Writes output to the file or stdout.
pub fn write_output(path: Option<&std::path::Path>, text: &str) -> Result<(), u8> {
    match path {
        Some(p) => std::fs::write(p, text).map_err(|e| {
            error(&format!("cannot write {}: {e}", p.display()), None);
            EXIT_ERROR
        }),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error of the run.
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            Ok(())
        }
    }
}
