//! Command-line arguments (SPEC §1). `cargo launchlint` runs the binary as
//! `cargo-launchlint launchlint ARGS`; running it directly works too.

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit codes:
  0  no finding at deny level (warnings may have been printed)
  1  at least one finding at deny level (including parse_error, and warnings under -D warnings)
  2  the run itself failed: bad arguments, invalid config, unknown lint name, unreadable path

Examples:
  cargo launchlint                         lint the workspace containing the current directory
  cargo launchlint --format sarif -o launchlint.sarif
  cargo launchlint -D warnings             fail on warnings too
  cargo launchlint explain cors_wildcard_credentials";

#[derive(Debug, Parser)]
#[command(
    name = "cargo-launchlint",
    bin_name = "cargo launchlint",
    version,
    about = "Static launch-readiness checks for Rust web services (axum, actix-web)",
    long_about = "launchlint parses a Cargo workspace with syn (it never compiles or runs it), builds a model \
of the service and reports launch blockers: CORS with credentials for any origin, disabled JWT validation, \
files that do not parse, and more.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint the Cargo workspace or package at PATH (default: the one containing the current directory)
    Check(CheckArgs),
    /// The route inventory: every route with what authenticates it
    Routes(CheckArgs),
    /// Show a lint's documentation
    Explain {
        /// Lint name, e.g. cors_wildcard_credentials
        lint: String,
    },
    /// List every lint with its group, default level and summary
    Lints,
    /// Write the baseline file of today's findings (launchlint-baseline.json)
    Baseline(CheckArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Human,
    Short,
    Json,
    Sarif,
    Github,
    Markdown,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Workspace, package, folder or file to lint
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value = "human")]
    pub format: FormatArg,
    /// Write the output to FILE instead of standard output
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Read the configuration from FILE instead of launchlint.toml / Cargo.toml metadata
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Also lint examples, tests and benches
    #[arg(long)]
    pub all_targets: bool,
    /// Set a lint to deny (`warnings` = every warning)
    #[arg(short = 'D', long = "deny", value_name = "LINT", action = ArgAction::Append)]
    pub deny: Vec<String>,
    /// Set a lint to warn
    #[arg(short = 'W', long = "warn", value_name = "LINT", action = ArgAction::Append)]
    pub warn: Vec<String>,
    /// Set a lint to allow (not reported)
    #[arg(short = 'A', long = "allow", value_name = "LINT", action = ArgAction::Append)]
    pub allow: Vec<String>,
    /// Use FILE as the baseline (default: launchlint-baseline.json at the root, if present)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Colour: auto (a terminal without NO_COLOR), always or never
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorArg,
    /// Worker threads (default: one per core)
    #[arg(short = 'j', long = "threads", value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Skip files matching GLOB (relative to the workspace root)
    #[arg(long, value_name = "GLOB", action = ArgAction::Append)]
    pub exclude: Vec<String>,
    /// Also report suppressed findings (SARIF and JSON mark them)
    #[arg(long)]
    pub show_suppressed: bool,
    /// Print only findings
    #[arg(short, long)]
    pub quiet: bool,
    /// Print what was read and how (unlinked files, config files, timings)
    #[arg(short, long)]
    pub verbose: bool,
}

/// Normalises argv: drops cargo's `launchlint` word and makes `check` the default command.
pub fn normalise_args(mut args: Vec<String>) -> Vec<String> {
    if args.get(1).map(String::as_str) == Some("launchlint") {
        args.remove(1);
    }
    let commands = ["check", "routes", "explain", "lints", "baseline", "help"];
    let first = args.get(1).map(String::as_str);
    let needs_check = match first {
        None => true,
        Some("-h" | "--help" | "-V" | "--version") => false,
        Some(a) => !commands.contains(&a),
    };
    if needs_check {
        args.insert(1, "check".to_string());
    }
    args
}
