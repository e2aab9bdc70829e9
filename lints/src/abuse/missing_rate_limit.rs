use launchlint_core::declare_lint;
use launchlint_core::facts::layers::LayerKind;
use launchlint_core::model::routes::{Framework, Route};
use launchlint_core::source::Span;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::HashSet;

declare_lint! {
    pub MISSING_RATE_LIMIT, MissingRateLimit,
    name: "missing_rate_limit",
    group: Recommended,
    summary: "a sign-in, sign-up, password reset, token, invite or content-creation route that no throttling layer covers",
    cwe: ["CWE-307", "CWE-770"],
    owasp: ["API4:2023 Unrestricted Resource Consumption"],
    doc: include_str!("../../docs/missing_rate_limit.md"),
}

fn sheds_load_only(r: &Route) -> bool {
    r.layers.iter().any(|l| match &l.fact.kind {
        LayerKind::Named { path, .. } => path.iter().any(|s| s == "ConcurrencyLimitLayer"),
        LayerKind::Stack(v) => v.iter().any(
            |x| matches!(&x.kind, LayerKind::Named { path, .. } if path.iter().any(|s| s == "ConcurrencyLimitLayer")),
        ),
        _ => false,
    })
}

impl Lint for MissingRateLimit {
    fn meta(&self) -> &'static LintMeta {
        &MISSING_RATE_LIMIT
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let judge = cx.model.auth(cx.db, cx.config);
        let mut seen: HashSet<(String, Option<String>, Span)> = HashSet::new();
        for r in cx.model.routes.iter().filter(|r| !r.shadowed && r.method != "?") {
            if !seen.insert((r.method.clone(), r.path.clone(), r.registration)) {
                continue;
            }
            let Some(why) = judge.sensitive(r) else { continue };
            if judge.throttle(r).is_some() {
                continue;
            }
            let route = r.key();
            let mut f = Finding::new(
                MISSING_RATE_LIMIT.name,
                format!("{why} route {route} has no rate limit"),
                Label::new(r.registration, "registered without a throttling layer"),
            )
            .route(route)
            .item_path(r.handler.display());
            if let Some(glob) = judge.configured_sensitive(r) {
                f = f.note(format!("listed in `[rate_limit] sensitive_paths` (`{glob}`)"));
            }
            if sheds_load_only(r) {
                f = f.note("`ConcurrencyLimitLayer` caps concurrent requests but does not throttle a client");
            }
            if !r.complete {
                f = f.confidence(Confidence::Medium).note(
                    "part of the router could not be resolved; a layer launchlint cannot see may throttle this route",
                );
            }
            f = f.help(match r.framework {
                Framework::Axum => "cover the route with a per-client limiter, e.g. tower_governor's `GovernorLayer` on the router that holds it",
                Framework::Actix => "cover the route with a per-client limiter, e.g. actix-governor's `.wrap(Governor::new(&config))` on its resource or scope",
            });
            out.push(f);
        }
    }
}
