//! The lint interface: metadata every lint declares and the one method it implements.

use crate::config::Config;
use crate::diag::{Finding, Level};
use crate::model::Model;
use crate::source::SourceDb;

/// Group sets the default level (SPEC §7): critical lints deny, recommended lints warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Critical,
    Recommended,
}

impl Group {
    pub fn default_level(self) -> Level {
        match self {
            Group::Critical => Level::Deny,
            Group::Recommended => Level::Warn,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Group::Critical => "critical",
            Group::Recommended => "recommended",
        }
    }
}

/// What a lint declares about itself; feeds `lints`, `explain`, SARIF rules and the README.
#[derive(Debug)]
pub struct LintMeta {
    pub name: &'static str,
    pub group: Group,
    /// One line, lowercase, no trailing period.
    pub summary: &'static str,
    pub cwe: &'static [&'static str],
    /// OWASP API Security Top 10 2023 ids (or OWASP Top 10 2021 where the API list has none).
    pub owasp: &'static [&'static str],
    /// The markdown doc (`lints/docs/<name>.md`), embedded.
    pub doc: &'static str,
}

impl LintMeta {
    pub fn default_level(&self) -> Level {
        self.group.default_level()
    }
}

/// What a lint sees: the linked model of the service, the files and the configuration.
pub struct LintContext<'a> {
    pub model: &'a Model,
    pub db: &'a SourceDb,
    pub config: &'a Config,
}

/// A lint: policy over the model. Lints never see syntax trees.
pub trait Lint: Sync + Send {
    fn meta(&self) -> &'static LintMeta;
    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>);
}

/// Declares a lint's metadata as a `static` and a unit struct implementing the name lookup.
///
/// ```ignore
/// declare_lint! {
///     pub CORS_WILDCARD_CREDENTIALS, CorsWildcardCredentials,
///     name: "cors_wildcard_credentials",
///     group: Critical,
///     summary: "any-origin CORS together with credentials",
///     cwe: ["CWE-942"],
///     owasp: ["API8:2023 Security Misconfiguration"],
///     doc: include_str!("../../docs/cors_wildcard_credentials.md"),
/// }
/// ```
#[macro_export]
macro_rules! declare_lint {
    (
        $vis:vis $meta:ident, $ty:ident,
        name: $name:literal,
        group: $group:ident,
        summary: $summary:literal,
        cwe: [$($cwe:literal),* $(,)?],
        owasp: [$($owasp:literal),* $(,)?],
        doc: $doc:expr $(,)?
    ) => {
        $vis static $meta: $crate::lint::LintMeta = $crate::lint::LintMeta {
            name: $name,
            group: $crate::lint::Group::$group,
            summary: $summary,
            cwe: &[$($cwe),*],
            owasp: &[$($owasp),*],
            doc: $doc,
        };
        #[derive(Debug, Default, Clone, Copy)]
        $vis struct $ty;
    };
}

/// Edit distance, for "did you mean" suggestions.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest known name within a small distance, if any; a known name that the input starts
/// (`cors_wildcard` → `cors_wildcard_credentials`) also counts.
pub fn suggest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let known: Vec<&'a str> = known.into_iter().collect();
    if name.len() >= 4 {
        let mut prefixed: Vec<&'a str> = known
            .iter()
            .copied()
            .filter(|k| k.starts_with(name))
            .collect();
        prefixed.sort_by_key(|k| (k.len(), *k));
        if let Some(k) = prefixed.first() {
            return Some(k);
        }
    }
    known
        .into_iter()
        .map(|k| (levenshtein(name, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4) && *d < k.len())
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let known = ["missing_auth", "cors_wildcard_credentials", "parse_error"];
        assert_eq!(suggest("missing_auht", known), Some("missing_auth"));
        assert_eq!(
            suggest("cors_wildcard", known),
            Some("cors_wildcard_credentials")
        );
        assert_eq!(suggest("totally_unrelated", known), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
