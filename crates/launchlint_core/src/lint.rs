//! The lint interface: metadata every lint declares and the one method it implements.

use crate::config::Config;
pub use crate::diag::rule::{Group, LintMeta};
pub use crate::diag::suggest::{levenshtein, suggest};
use crate::diag::Finding;
use crate::model::Model;
use crate::source::SourceDb;

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
