//! `cargo launchlint [check]`: lint and report.

use super::{report_run_error, run_options, use_color, write_output, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::cli::{CheckArgs, FormatArg};
use launchlint_core::diag::render::{self, Format, Report};
use launchlint_core::engine;
use launchlint_core::Level;
use std::io::Write;
use std::time::Instant;

pub fn format_of(f: FormatArg) -> Option<Format> {
    Some(match f {
        FormatArg::Human => Format::Human,
        FormatArg::Short => Format::Short,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
        FormatArg::Markdown | FormatArg::Csv => return None,
    })
}

pub fn run(a: &CheckArgs, m: Option<&clap::ArgMatches>, _baseline: bool) -> u8 {
    let Some(format) = format_of(a.format) else {
        super::error(
            "`--format markdown` and `--format csv` are formats of `cargo launchlint routes`",
            Some("use human, short, json, sarif or github"),
        );
        return EXIT_ERROR;
    };
    let opts = match run_options(a, m) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let color = use_color(a.color, a.output.is_some());
    let start = Instant::now();
    let out = match engine::run(&opts, launchlint_lints::LINTS, launchlint_lints::RESERVED) {
        Ok(o) => o,
        Err(e) => return report_run_error(&e, color),
    };
    let elapsed = start.elapsed();
    if a.verbose {
        let mut e = std::io::stderr().lock();
        for r in &out.roots {
            let _ = writeln!(e, "note: linting {}", r.display());
        }
        for c in &out.config.sources {
            let _ = writeln!(e, "note: configuration from {}", c.display());
        }
        for n in &out.notes {
            let _ = writeln!(e, "note: {n}");
        }
        let _ = writeln!(e, "note: {} files analysed in {:.2?}", out.summary.files, elapsed);
    }
    let shown = if a.show_suppressed { Some(out.suppressed.as_slice()) } else { None };
    let report = Report {
        db: &out.db,
        findings: &out.findings,
        suppressed: shown,
        summary: out.summary,
        lints: &out.enabled,
        color,
        tool_version: env!("CARGO_PKG_VERSION"),
        quiet: a.quiet,
    };
    if let Err(code) = write_output(a.output.as_deref(), &render::render(format, &report)) {
        return code;
    }
    if out.findings.iter().any(|f| f.level == Level::Deny) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
