//! What a lint declares about itself; feeds `lints`, `explain`, SARIF rules and the README.
//! Lives with the diagnostics because renderers describe rules too.

use super::Level;

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
