use launchlint_core::declare_lint;
use launchlint_core::{Finding, Lint, LintContext, LintMeta};

declare_lint! {
    pub SECRET_IN_LOG, SecretInLog,
    name: "secret_in_log",
    group: Recommended,
    summary: "TODO: what it finds, one line, lowercase, no trailing period",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/secret_in_log.md"),
}

impl Lint for SecretInLog {
    fn meta(&self) -> &'static LintMeta {
        &SECRET_IN_LOG
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        // TODO: walk the facts in `cx.model` and push one finding per problem, for example:
        //
        // out.push(
        //     Finding::new(SECRET_IN_LOG.name, "the problem, lowercase", Label::new(span, "what is wrong here"))
        //         .help("how to fix it")
        //         .item_path(item_path.clone())
        //         .confidence(Confidence::High),
        // );
        let _ = (cx, out);
    }
}
