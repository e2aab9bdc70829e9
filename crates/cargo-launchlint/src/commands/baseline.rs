//! `cargo launchlint baseline`: record today's findings so that only new ones are reported.

use super::{report_run_error, run_options, use_color, EXIT_ERROR, EXIT_OK};
use crate::cli::CheckArgs;
use launchlint_core::baseline::{Baseline, DEFAULT_FILE};
use launchlint_core::engine;

pub fn run(a: &CheckArgs, m: Option<&clap::ArgMatches>) -> u8 {
    let mut opts = match run_options(a, m) {
        Ok(o) => o,
        Err(code) => return code,
    };
    opts.no_baseline = true;
    let out = match engine::run(&opts, launchlint_lints::LINTS, launchlint_lints::RESERVED) {
        Ok(o) => o,
        Err(e) => return report_run_error(&e, use_color(a.color, false)),
    };
    let b = Baseline::from_findings(&out.findings, &out.db);
    let root = out
        .roots
        .first()
        .map(|r| if r.is_file() { r.parent().map(|p| p.to_path_buf()).unwrap_or_default() } else { r.clone() })
        .unwrap_or_default();
    let path = a.output.clone().or_else(|| a.baseline.clone()).unwrap_or_else(|| root.join(DEFAULT_FILE));
    if let Err(e) = std::fs::write(&path, b.to_json()) {
        super::error(&format!("cannot write {}: {e}", path.display()), None);
        return EXIT_ERROR;
    }
    if !a.quiet {
        eprintln!("wrote {} finding(s) to {}", b.entries.len(), path.display());
    }
    EXIT_OK
}
