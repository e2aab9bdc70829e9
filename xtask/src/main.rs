//! Project tasks for launchlint, run as `cargo run -p xtask -- <command>`.
//!
//! Commands:
//!
//! - `gen-workspace <OUT_DIR> [--lines N] [--pathological]` — writes a synthetic, deterministic
//!   Cargo workspace of about `N` lines of axum/actix-web service code (default 100000) in 8
//!   crates, with a finding in about one file in a hundred. `--pathological` adds a file of
//!   5,000 nested blocks and a ~10 MB file; keep them out of timing runs.
//! - `parse-floor <DIR> [-j N]` — the parse-only floor for benchmarks: reads and
//!   `syn::parse_file`s every `.rs` file under `DIR` (skipping `target/` and hidden directories)
//!   on `N` threads (default: all cores) and prints files, lines, bytes, parse errors and time.
//! - `readme [--check]` — regenerates the lint table in `README.md` between
//!   `<!-- lints:start -->` and `<!-- lints:end -->` from the registry; `--check` exits 1 when
//!   it is out of date.
//! - `new-lint <name> <topic> <critical|recommended>` — scaffolds a lint file, its doc and its
//!   ui-test folder, and prints the registry and `mod.rs` lines to add.
//!
//! Exit codes: 0 success, 1 `readme --check` found the table out of date, 2 usage or operational
//! error.
//!
//! A benchmark run: `cargo run -p xtask --release -- gen-workspace /tmp/ll-bench`, then
//! `cargo run -p xtask --release -- parse-floor /tmp/ll-bench` and compare with
//! `cargo launchlint` on the same directory.

mod floor;
mod gen;
mod new_lint;
mod readme;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo run -p xtask -- <command>

commands:
  gen-workspace <OUT_DIR> [--lines N] [--pathological]
  parse-floor <DIR> [-j N]
  readme [--check]
  new-lint <name> <topic> <critical|recommended>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match cmd.as_str() {
        "gen-workspace" => gen::run(rest).map(|()| 0),
        "parse-floor" => floor::run(rest).map(|()| 0),
        "readme" => readme::run(rest),
        "new-lint" => new_lint::run(rest).map(|()| 0),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(0)
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
