use launchlint_core::declare_lint;
use launchlint_core::{Finding, Lint, LintContext, LintMeta};

declare_lint! {
    pub UNBOUNDED_BODY, UnboundedBody,
    name: "unbounded_body",
    group: Recommended,
    summary: "TODO: what it finds, one line, lowercase, no trailing period",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/unbounded_body.md"),
}

impl Lint for UnboundedBody {
    fn meta(&self) -> &'static LintMeta {
        &UNBOUNDED_BODY
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        // TODO: walk the facts in `cx.model` and push one finding per problem, for example:
        //
        // out.push(
        //     Finding::new(UNBOUNDED_BODY.name, "the problem, lowercase", Label::new(span, "what is wrong here"))
        //         .help("how to fix it")
        //         .item_path(item_path.clone())
        //         .confidence(Confidence::High),
        // );
        let _ = (cx, out);
    }
}
