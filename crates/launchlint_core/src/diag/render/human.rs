//! rustc-like output through codespan-reporting.

use super::{summary_line, Report};
use crate::diag::{Confidence, Finding, Level};
use crate::source::{FileId, SourceDb};
use codespan_reporting::diagnostic::{Diagnostic, Label as CsLabel, Severity};
use codespan_reporting::term::{self, Config};

pub fn diagnostic(f: &Finding) -> Diagnostic<FileId> {
    let severity = if f.level == Level::Deny { Severity::Error } else { Severity::Warning };
    let mut labels =
        vec![CsLabel::primary(f.primary.span.file, f.primary.span.range()).with_message(&f.primary.message)];
    for s in &f.secondary {
        labels.push(CsLabel::secondary(s.span.file, s.span.range()).with_message(&s.message));
    }
    let mut notes: Vec<String> = f.notes.iter().map(|n| format!("note: {n}")).collect();
    if f.confidence != Confidence::High {
        notes.push(format!("note: confidence: {}", f.confidence.as_str()));
    }
    if let Some(h) = &f.help {
        notes.push(format!("help: {h}"));
    }
    Diagnostic::new(severity).with_code(f.lint).with_message(&f.message).with_labels(labels).with_notes(notes)
}

/// Renders one diagnostic (findings and operational errors alike).
pub fn emit(db: &SourceDb, d: &Diagnostic<FileId>, color: bool) -> String {
    let config = Config::default();
    if color {
        let mut buf = termcolor::Buffer::ansi();
        if term::emit_to_write_style(&mut buf, &config, db, d).is_ok() {
            return String::from_utf8_lossy(buf.as_slice()).into_owned();
        }
    }
    let mut s = String::new();
    if term::emit_to_string(&mut s, &config, db, d).is_err() {
        s = format!("{}: {}\n", d.code.as_deref().unwrap_or("error"), d.message);
    }
    s
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for f in r.findings {
        out.push_str(&emit(r.db, &diagnostic(f), r.color));
    }
    if !r.quiet {
        out.push_str(&summary_line(&r.summary));
        out.push('\n');
    }
    out
}
