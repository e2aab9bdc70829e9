//! Findings: the data every lint produces and every renderer consumes.

pub mod fingerprint;
pub mod render;
pub mod rule;
pub mod suggest;

use crate::source::{SourceDb, Span};
use serde::Serialize;

/// How a finding is reported. `Allow` findings are never produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "allow" => Some(Level::Allow),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }

    /// The word shown to users: `error` for deny, `warning` for warn.
    pub fn severity_word(self) -> &'static str {
        match self {
            Level::Deny => "error",
            Level::Warn => "warning",
            Level::Allow => "allow",
        }
    }
}

/// How sure the analysis is that the finding is real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A labelled place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

impl Label {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Label { span, message: message.into() }
    }
}

/// One finding. Lints fill in everything but `level` and `fingerprint`, which the engine sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub lint: &'static str,
    pub level: Level,
    pub confidence: Confidence,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    /// Path of the enclosing item (`crate::cors::layer`), part of the fingerprint.
    pub item_path: String,
    /// `METHOD /path` when the finding is about a route.
    pub route: Option<String>,
    pub fingerprint: String,
}

impl Finding {
    pub fn new(lint: &'static str, message: impl Into<String>, primary: Label) -> Self {
        Finding {
            lint,
            level: Level::Warn,
            confidence: Confidence::High,
            message: message.into(),
            primary,
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
            item_path: String::new(),
            route: None,
            fingerprint: String::new(),
        }
    }

    pub fn confidence(mut self, c: Confidence) -> Self {
        self.confidence = c;
        self
    }

    pub fn secondary(mut self, label: Label) -> Self {
        self.secondary.push(label);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn item_path(mut self, path: impl Into<String>) -> Self {
        self.item_path = path.into();
        self
    }

    pub fn route(mut self, route: impl Into<String>) -> Self {
        self.route = Some(route.into());
        self
    }
}

/// Sorts findings into their one output order: file path, start, lint, message. Independent of
/// the thread schedule, so `-j1` and `-jN` print the same bytes.
pub fn sort_findings(findings: &mut [Finding], db: &SourceDb) {
    findings.sort_by(|a, b| {
        let fa = db.get(a.primary.span.file);
        let fb = db.get(b.primary.span.file);
        (fa.display.as_str(), a.primary.span.start, a.primary.span.end, a.lint, &a.message, &a.fingerprint).cmp(&(
            fb.display.as_str(),
            b.primary.span.start,
            b.primary.span.end,
            b.lint,
            &b.message,
            &b.fingerprint,
        ))
    });
}

/// Counts shown in summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub suppressed: usize,
    pub files: usize,
}

impl Summary {
    pub fn of(findings: &[Finding], suppressed: usize, files: usize) -> Summary {
        Summary {
            errors: findings.iter().filter(|f| f.level == Level::Deny).count(),
            warnings: findings.iter().filter(|f| f.level == Level::Warn).count(),
            suppressed,
            files,
        }
    }
}
