//! `{"version": 1, "findings": [...], "summary": {...}}` with stable field names.

use super::{line_cols, Report};
use crate::diag::{Finding, Label, Summary};
use crate::source::SourceDb;
use serde::Serialize;

#[derive(Serialize)]
pub struct JsonLocation {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub byte_start: u32,
    pub byte_end: u32,
    pub message: String,
}

#[derive(Serialize)]
pub struct JsonFinding {
    pub lint: String,
    pub level: String,
    pub confidence: String,
    pub message: String,
    pub location: JsonLocation,
    pub related: Vec<JsonLocation>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    pub item: String,
    pub route: Option<String>,
    pub fingerprint: String,
}

#[derive(Serialize)]
struct JsonReport {
    version: u32,
    findings: Vec<JsonFinding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressed: Option<Vec<JsonFinding>>,
    summary: Summary,
}

pub fn location(db: &SourceDb, l: &Label) -> JsonLocation {
    let ((line, column), (end_line, end_column)) = line_cols(db, &l.span);
    JsonLocation {
        file: db.get(l.span.file).display.clone(),
        line,
        column,
        end_line,
        end_column,
        byte_start: l.span.start,
        byte_end: l.span.end,
        message: l.message.clone(),
    }
}

pub fn finding(db: &SourceDb, f: &Finding) -> JsonFinding {
    JsonFinding {
        lint: f.lint.to_string(),
        level: f.level.severity_word().to_string(),
        confidence: f.confidence.as_str().to_string(),
        message: f.message.clone(),
        location: location(db, &f.primary),
        related: f.secondary.iter().map(|l| location(db, l)).collect(),
        notes: f.notes.clone(),
        help: f.help.clone(),
        item: f.item_path.clone(),
        route: f.route.clone(),
        fingerprint: f.fingerprint.clone(),
    }
}

pub fn render(r: &Report<'_>) -> String {
    let report = JsonReport {
        version: 1,
        findings: r.findings.iter().map(|f| finding(r.db, f)).collect(),
        suppressed: r.suppressed.map(|s| s.iter().map(|f| finding(r.db, f)).collect()),
        summary: r.summary,
    };
    let mut s = serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
