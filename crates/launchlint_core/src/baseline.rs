//! The baseline file (SPEC §5): today's findings by fingerprint, sorted, without timestamps, so
//! it diffs cleanly and regenerating it without changes rewrites the same bytes.

use crate::diag::Finding;
use crate::source::SourceDb;
use serde::{Deserialize, Serialize};

pub const DEFAULT_FILE: &str = "launchlint-baseline.json";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub lint: String,
    pub file: String,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

impl Baseline {
    pub fn from_findings(findings: &[Finding], db: &SourceDb) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                fingerprint: f.fingerprint.clone(),
                lint: f.lint.to_string(),
                file: db.get(f.primary.span.file).display.clone(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort();
        entries.dedup();
        Baseline { version: 1, entries }
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    pub fn parse(text: &str) -> Result<Baseline, String> {
        let b: Baseline = serde_json::from_str(text).map_err(|e| format!("invalid baseline: {e}"))?;
        if b.version != 1 {
            return Err(format!("unsupported baseline version {}", b.version));
        }
        Ok(b)
    }
}
