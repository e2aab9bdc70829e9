use launchlint_core::declare_lint;
use launchlint_core::{Finding, Lint, LintContext, LintMeta};

declare_lint! {
    pub INSECURE_COOKIE, InsecureCookie,
    name: "insecure_cookie",
    group: Recommended,
    summary: "TODO: what it finds, one line, lowercase, no trailing period",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/insecure_cookie.md"),
}

impl Lint for InsecureCookie {
    fn meta(&self) -> &'static LintMeta {
        &INSECURE_COOKIE
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        // TODO: walk the facts in `cx.model` and push one finding per problem, for example:
        //
        // out.push(
        //     Finding::new(INSECURE_COOKIE.name, "the problem, lowercase", Label::new(span, "what is wrong here"))
        //         .help("how to fix it")
        //         .item_path(item_path.clone())
        //         .confidence(Confidence::High),
        // );
        let _ = (cx, out);
    }
}
