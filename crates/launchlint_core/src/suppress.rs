//! Suppressions (SPEC §5): in-code `#[launchlint::allow]` markers, `[[allow]]` config entries and
//! the baseline. A suppression that suppresses nothing, or a malformed marker, becomes an
//! `unused_suppression` finding; a malformed marker suppresses nothing (fail closed).

use crate::baseline::Baseline;
use crate::config::Config;
use crate::diag::{Finding, Label};
use crate::facts::attrs::MarkerKind;
use crate::model::Model;
use crate::source::{FileId, SourceDb, Span};

pub const UNUSED_SUPPRESSION: &str = "unused_suppression";

/// Findings split into reported and suppressed, plus the suppression findings to add.
pub struct Outcome {
    pub reported: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub unused: Vec<Finding>,
}

/// What the suppression pass needs besides the findings and the model.
pub struct Sources<'a> {
    pub config: &'a Config,
    /// The file-table entry of a config file, for `[[allow]]` findings.
    pub config_file: &'a dyn Fn(&std::path::Path) -> Option<FileId>,
    pub baseline: Option<&'a Baseline>,
    pub baseline_file: Option<FileId>,
    /// Every lint name accepted in markers (registered and planned).
    pub known_lints: &'a [&'a str],
    /// Registered lints: only their suppressions can be unused.
    pub active_lints: &'a [&'a str],
}

pub fn apply(findings: Vec<Finding>, model: &Model, db: &SourceDb, src: &Sources<'_>) -> Outcome {
    let Sources { config, baseline, known_lints, active_lints, .. } = *src;
    let markers: Vec<_> = model.markers.iter().filter(|m| m.fact.kind == MarkerKind::Allow).collect();
    let mut marker_used = vec![false; markers.len()];
    let allows: Vec<_> = config.allow_entries().collect();
    let mut allow_used = vec![false; allows.len()];
    let mut baseline_used = vec![false; baseline.map_or(0, |b| b.entries.len())];
    let mut reported = Vec::new();
    let mut suppressed = Vec::new();
    let mut unused = Vec::new();

    for f in findings {
        let mut hit = false;
        for (i, m) in markers.iter().enumerate() {
            let valid = m.fact.problems.is_empty();
            if valid && m.fact.item.contains(&f.primary.span) && m.fact.lints.iter().any(|(l, _)| l == f.lint) {
                marker_used[i] = true;
                hit = true;
            }
        }
        let file = db.get(f.primary.span.file);
        for (i, (pkg, a)) in allows.iter().enumerate() {
            if a.lint != f.lint || (pkg.is_some() && *pkg != file.package) {
                continue;
            }
            let path_ok = a.path.as_ref().is_none_or(|g| g.matches(&file.display) || g.matches(&file.package_rel));
            let route_ok = a.route.as_ref().is_none_or(|r| f.route.as_deref().is_some_and(|fr| route_matches(r, fr)));
            if path_ok && route_ok {
                allow_used[i] = true;
                hit = true;
            }
        }
        if let Some(b) = baseline {
            if let Some(i) = b.entries.iter().position(|e| e.fingerprint == f.fingerprint) {
                baseline_used[i] = true;
                hit = true;
            }
        }
        if hit {
            suppressed.push(f);
        } else {
            reported.push(f);
        }
    }

    // Markers: malformed ones, unknown lints, and ones that matched nothing.
    for m in model.markers.iter() {
        let mk = &m.fact;
        let mut problems = mk.problems.clone();
        for (name, _) in &mk.lints {
            if !known_lints.contains(&name.as_str()) {
                problems.push(format!("it names the unknown lint `{name}`"));
            }
        }
        if !problems.is_empty() {
            unused.push(
                Finding::new(
                    UNUSED_SUPPRESSION,
                    format!("`{}` is malformed and suppresses nothing", mk.kind.attr_name()),
                    Label::new(mk.attr, problems.join("; ")),
                )
                .item_path(m.item_path.clone())
                .help(match mk.kind {
                    MarkerKind::Allow => {
                        "write `#[launchlint::allow(lint_name, reason = \"why the finding does not apply\")]`"
                    }
                    MarkerKind::Public => {
                        "write `#[launchlint::public(reason = \"why this route is public\")]` on the handler fn"
                    }
                }),
            );
        }
    }
    for (i, m) in markers.iter().enumerate() {
        if m.fact.problems.is_empty()
            && !marker_used[i]
            && m.fact.lints.iter().all(|(l, _)| active_lints.contains(&l.as_str()))
        {
            let names = m.fact.lints.iter().map(|(l, _)| format!("`{l}`")).collect::<Vec<_>>().join(", ");
            unused.push(
                Finding::new(
                    UNUSED_SUPPRESSION,
                    format!("`#[launchlint::allow({})]` suppresses nothing", names.replace('`', "")),
                    Label::new(m.fact.attr, "no finding of these lints in this item"),
                )
                .item_path(m.item_path.clone())
                .help("remove the attribute; the code it excused no longer triggers the lint"),
            );
        }
    }
    for (i, (_, a)) in allows.iter().enumerate() {
        if allow_used[i] || !active_lints.contains(&a.lint.as_str()) {
            continue;
        }
        if let Some(fid) = (src.config_file)(&a.origin.path) {
            let span = Span::new(fid, a.origin.span.start, a.origin.span.end);
            let what = a
                .path
                .as_ref()
                .map(|g| format!("path `{}`", g.as_str()))
                .or_else(|| a.route.as_ref().map(|r| format!("route `{r}`")))
                .unwrap_or_default();
            unused.push(
                Finding::new(
                    UNUSED_SUPPRESSION,
                    format!("`[[allow]]` entry for `{}` suppresses nothing", a.lint),
                    Label::new(span, format!("no `{}` finding matches {what}", a.lint)),
                )
                .item_path(format!("allow:{}:{what}", a.lint))
                .help("remove the entry; the exception is no longer needed"),
            );
        }
    }
    if let (Some(b), Some(fid)) = (baseline, src.baseline_file) {
        let text = &db.get(fid).text;
        for (i, e) in b.entries.iter().enumerate() {
            if baseline_used[i] {
                continue;
            }
            let at = text.find(&format!("\"{}\"", e.fingerprint)).unwrap_or(0);
            let span = Span::new(fid, at, at + e.fingerprint.len() + 2);
            unused.push(
                Finding::new(
                    UNUSED_SUPPRESSION,
                    format!("baseline entry for `{}` is stale", e.lint),
                    Label::new(span, format!("no finding has this fingerprint ({})", e.file)),
                )
                .item_path(format!("baseline:{}", e.fingerprint))
                .help("regenerate the baseline with `cargo launchlint baseline`"),
            );
        }
    }
    Outcome { reported, suppressed, unused }
}

/// `POST /webhooks/*` against `POST /webhooks/stripe`; `*` as method matches any.
fn route_matches(pattern: &str, route: &str) -> bool {
    let (Some((pm, pp)), Some((rm, rp))) = (pattern.split_once(' '), route.split_once(' ')) else {
        return false;
    };
    (pm == "*" || pm.eq_ignore_ascii_case(rm)) && crate::source::Glob::new(pp).is_ok_and(|g| g.matches(rp))
}
