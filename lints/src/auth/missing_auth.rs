use launchlint_core::declare_lint;
use launchlint_core::model::auth::{AuthJudge, ProtectionKind};
use launchlint_core::model::routes::{Handler, Route};
use launchlint_core::source::Span;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::HashSet;

declare_lint! {
    pub MISSING_AUTH, MissingAuth,
    name: "missing_auth",
    group: Critical,
    summary: "a route that no authentication extractor, layer or check protects and that is not public by design",
    cwe: ["CWE-306"],
    owasp: ["API2:2023 Broken Authentication", "API5:2023 Broken Function Level Authorization"],
    doc: include_str!("../../docs/missing_auth.md"),
}

/// The handler's name (or the closure, or the service) as the primary place.
fn primary(cx: &LintContext<'_>, r: &Route) -> (Span, &'static str, String) {
    match &r.handler {
        Handler::Fn { item, path, .. } => {
            let f = &cx.model.facts[&item.file].fns[item.idx];
            (f.name_span, "handler takes no authentication extractor", path.clone())
        }
        Handler::Closure { handler } => {
            (handler.span(), "closure handler takes no authentication extractor", String::new())
        }
        Handler::Service { span, .. } => (*span, "this service answers without authentication", String::new()),
        Handler::Unresolved { span, .. } => (*span, "handler could not be resolved", String::new()),
    }
}

fn report(cx: &LintContext<'_>, judge: &AuthJudge<'_>, r: &Route) -> Option<Finding> {
    let path = r.path.as_deref()?;
    if r.method == "?" || r.shadowed {
        return None;
    }
    let p = judge.protection(r);
    if p.kind != ProtectionKind::None {
        return None;
    }
    let route = format!("{} {path}", r.method);
    let (span, label, item) = primary(cx, r);
    let mut f =
        Finding::new(MISSING_AUTH.name, format!("route {route} has no authentication"), Label::new(span, label))
            .route(route.clone())
            .item_path(item);
    let escaped = r.escaped.iter().rev().find_map(|l| judge.layer_authenticates(l).map(|(name, _)| (l, name)));
    match &escaped {
        Some((l, _)) => {
            let reg = if r.registration.file == l.fact.span.file && r.registration.start > l.fact.span.start {
                "registered after the auth layer"
            } else {
                "registered outside the auth layer"
            };
            f = f.secondary(Label::new(r.registration, reg));
            f = f.secondary(Label::new(l.fact.span, "covers only the routes added before it"));
            let at = cx.db.get(l.fact.span.file);
            let (line, _) = at.line_col(l.fact.span.start as usize);
            f = f.note(format!("`{}` at {}:{line} covers only the routes added before it", l.fact.text, at.display));
        }
        None => {
            if r.registration != span {
                f = f.secondary(Label::new(r.registration, "registered here"));
            }
        }
    }
    for n in &p.notes {
        f = f.note(n.clone());
    }
    if !r.conditions.is_empty() {
        let when: Vec<String> = r.conditions.iter().map(|c| c.text(cx.db)).collect();
        f = f.note(format!("only when {}", when.join(" and ")));
    }
    let optional = p.notes.iter().any(|n| n.contains("does not require a signed-in user"));
    let help = if escaped.is_some() {
        "move the route above the auth layer (or into the protected router), add an authentication extractor to the handler, or mark the handler `#[launchlint::public(reason = \"...\")]` if it is public by design"
    } else if optional {
        "if the route is public by design (personalised when signed in), mark the handler `#[launchlint::public(reason = \"...\")]`; otherwise take an extractor that rejects anonymous requests (the user type itself, not `Option<_>` or a `Maybe*` wrapper)"
    } else {
        "take an authentication extractor in the handler or cover the route with an auth layer; if it is public by design, mark the handler `#[launchlint::public(reason = \"...\")]` or list the path in `[auth] public_paths`"
    };
    f = f.help(help);
    if p.uncertain || !r.complete {
        f = f.confidence(Confidence::Medium).note("part of the router or handler could not be resolved; something launchlint cannot see may protect this route");
    }
    Some(f)
}

impl Lint for MissingAuth {
    fn meta(&self) -> &'static LintMeta {
        &MISSING_AUTH
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let judge = cx.model.auth(cx.db, cx.config);
        let mut seen: HashSet<(String, Option<String>, Span)> = HashSet::new();
        for r in &cx.model.routes {
            if !seen.insert((r.method.clone(), r.path.clone(), r.registration)) {
                // The same registration reached again (another branch): judge the first,
                // unless this one is unprotected and the first was not reported.
                continue;
            }
            if let Some(f) = report(cx, &judge, r) {
                out.push(f);
            }
        }
    }
}
