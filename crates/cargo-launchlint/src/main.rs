//! `cargo-launchlint`: the command line of launchlint.

mod cli;
mod commands;

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::normalise_args(std::env::args().collect());
    let matches = match cli::Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let parsed = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    let code = match parsed.command {
        cli::Command::Check(a) => commands::check::run(&a, matches.subcommand_matches("check"), false),
        cli::Command::Baseline(a) => commands::baseline::run(&a, matches.subcommand_matches("baseline")),
        cli::Command::Routes(a) => commands::routes::run(&a),
        cli::Command::Explain { lint } => commands::explain::run(&lint),
        cli::Command::Lints => commands::lints::run(),
    };
    ExitCode::from(code)
}
