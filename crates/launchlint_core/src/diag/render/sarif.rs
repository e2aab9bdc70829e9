//! SARIF 2.1.0 through a typed model (serde structs, no hand-assembled JSON): one run,
//! `tool.driver.rules` for every enabled lint, results with repo-relative locations under
//! `%SRCROOT%`, related locations, `partialFingerprints` and confidence.

use super::{line_cols, Report};
use crate::diag::rule::LintMeta;
use crate::diag::{Confidence, Finding, Label, Level};
use crate::source::SourceDb;
use serde::Serialize;
use std::collections::BTreeMap;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub column_kind: &'static str,
    pub results: Vec<SarifResult>,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: String,
    pub semantic_version: String,
    pub rules: Vec<Rule>,
}

#[derive(Serialize)]
pub struct Text {
    pub text: String,
}

#[derive(Serialize)]
pub struct MultiformatText {
    pub text: String,
    pub markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub short_description: Text,
    pub full_description: Text,
    pub help: MultiformatText,
    pub default_configuration: RuleConfiguration,
    pub properties: RuleProperties,
}

#[derive(Serialize)]
pub struct RuleConfiguration {
    pub level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleProperties {
    pub tags: Vec<String>,
    #[serde(rename = "security-severity")]
    pub security_severity: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: String,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    pub partial_fingerprints: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
    pub properties: ResultProperties,
}

#[derive(Serialize)]
pub struct Suppression {
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct ResultProperties {
    pub confidence: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    pub physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    pub region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    pub uri: String,
    pub uri_base_id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "none",
    }
}

/// Percent-encodes what may not stand in a URI path segment.
fn uri(path: &str) -> String {
    let mut s = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

fn location(db: &SourceDb, l: &Label, id: Option<usize>, with_message: bool) -> Location {
    let ((sl, sc), (el, ec)) = line_cols(db, &l.span);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri(&db.get(l.span.file).display), uri_base_id: "%SRCROOT%" },
            region: Region {
                start_line: sl,
                start_column: sc,
                end_line: el,
                end_column: ec.max(if el == sl { sc + 1 } else { 1 }),
            },
        },
        message: (with_message && !l.message.is_empty()).then(|| Text { text: l.message.clone() }),
    }
}

/// The first paragraph under `## What it does` of a lint doc.
pub fn doc_first_paragraph(doc: &str) -> String {
    let mut lines = doc.lines().skip_while(|l| !l.starts_with("## What it does")).skip(1);
    let mut para = Vec::new();
    for l in lines.by_ref() {
        if l.trim().is_empty() {
            if para.is_empty() {
                continue;
            }
            break;
        }
        if l.starts_with("## ") {
            break;
        }
        para.push(l.trim());
    }
    para.join(" ")
}

fn rule(m: &LintMeta) -> Rule {
    let mut tags = vec!["security".to_string()];
    tags.extend(m.cwe.iter().map(|c| c.to_string()));
    tags.extend(m.owasp.iter().map(|o| o.split_whitespace().next().unwrap_or(o).to_string()));
    tags.push(m.group.as_str().to_string());
    Rule {
        id: m.name.to_string(),
        name: m.name.to_string(),
        short_description: Text { text: m.summary.to_string() },
        full_description: Text { text: doc_first_paragraph(m.doc) },
        help: MultiformatText { text: m.summary.to_string(), markdown: m.doc.to_string() },
        default_configuration: RuleConfiguration { level: level(m.default_level()) },
        properties: RuleProperties {
            tags,
            security_severity: match m.group {
                crate::diag::rule::Group::Critical => "8.0".into(),
                crate::diag::rule::Group::Recommended => "5.0".into(),
            },
        },
    }
}

fn result(db: &SourceDb, f: &Finding, rule_index: usize) -> SarifResult {
    let mut message = f.message.clone();
    if let Some(h) = &f.help {
        message.push_str(&format!(". Help: {h}"));
    }
    SarifResult {
        rule_id: f.lint.to_string(),
        rule_index,
        level: level(f.level),
        message: Text { text: message },
        locations: vec![location(db, &f.primary, None, false)],
        related_locations: f.secondary.iter().enumerate().map(|(i, l)| location(db, l, Some(i + 1), true)).collect(),
        partial_fingerprints: BTreeMap::from([("launchlint/v1".to_string(), f.fingerprint.clone())]),
        suppressions: Vec::new(),
        properties: ResultProperties {
            confidence: match f.confidence {
                Confidence::High => "high",
                Confidence::Medium => "medium",
                Confidence::Low => "low",
            },
        },
    }
}

pub fn render(r: &Report<'_>) -> String {
    let rules: Vec<Rule> = r.lints.iter().map(|m| rule(m)).collect();
    let index = |f: &Finding| r.lints.iter().position(|m| m.name == f.lint).unwrap_or(0);
    let mut results: Vec<SarifResult> = r.findings.iter().map(|f| result(r.db, f, index(f))).collect();
    for f in r.suppressed.unwrap_or_default() {
        let mut res = result(r.db, f, index(f));
        res.suppressions.push(Suppression { kind: "inSource" });
        results.push(res);
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "launchlint",
                    version: r.tool_version.to_string(),
                    semantic_version: r.tool_version.to_string(),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
