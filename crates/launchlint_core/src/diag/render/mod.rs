//! Renderers: one per output format (SPEC §6). All take findings already sorted.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

use super::{Finding, Summary};
use crate::diag::rule::LintMeta;
use crate::source::{SourceDb, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Short,
    Json,
    Sarif,
    Github,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "human" => Format::Human,
            "short" => Format::Short,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            _ => return None,
        })
    }
}

/// Everything a renderer needs.
pub struct Report<'a> {
    pub db: &'a SourceDb,
    pub findings: &'a [Finding],
    /// Suppressed findings, when `--show-suppressed` asks for them.
    pub suppressed: Option<&'a [Finding]>,
    pub summary: Summary,
    /// Enabled lints (for SARIF rules), sorted by name.
    pub lints: &'a [&'static LintMeta],
    pub color: bool,
    pub tool_version: &'a str,
    /// No summary line.
    pub quiet: bool,
}

pub fn render(format: Format, r: &Report<'_>) -> String {
    match format {
        Format::Human => human::render(r),
        Format::Short => short::render(r),
        Format::Json => json::render(r),
        Format::Sarif => sarif::render(r),
        Format::Github => github::render(r),
    }
}

/// 1-based (line, column) of the start and end of a span.
pub fn line_cols(db: &SourceDb, s: &Span) -> ((usize, usize), (usize, usize)) {
    let f = db.get(s.file);
    (f.line_col(s.start as usize), f.line_col(s.end as usize))
}

/// The summary sentence shared by human and short output.
pub fn summary_line(s: &Summary) -> String {
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("{n} {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    let mut line = format!("launchlint: {}, {}", plural(s.errors, "error"), plural(s.warnings, "warning"));
    if s.suppressed > 0 {
        line.push_str(&format!(" ({} suppressed)", s.suppressed));
    }
    line.push_str(&format!(" in {}", plural(s.files, "file")));
    line
}
