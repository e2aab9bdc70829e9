use launchlint_core::declare_lint;
use launchlint_core::{Finding, Lint, LintContext, LintMeta};

declare_lint! {
    pub UNUSED_SUPPRESSION, UnusedSuppression,
    name: "unused_suppression",
    group: Recommended,
    summary: "a `public`/`allow` marker, `[[allow]]` entry or baseline entry that suppresses nothing",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/unused_suppression.md"),
}

impl Lint for UnusedSuppression {
    fn meta(&self) -> &'static LintMeta {
        &UNUSED_SUPPRESSION
    }

    /// The findings come from the suppression pass (`launchlint_core::suppress`), which alone
    /// knows which suppressions matched; the lint carries the metadata and the level.
    fn check(&self, _cx: &LintContext<'_>, _out: &mut Vec<Finding>) {}
}
