use launchlint_core::declare_lint;
use launchlint_core::facts::attrs::MarkerKind;
use launchlint_core::model::routes::Handler;
use launchlint_core::{Finding, Label, Lint, LintContext, LintMeta};

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

    /// `allow` markers, `[[allow]]` entries and baseline entries are checked by the suppression
    /// pass (`launchlint_core::suppress`), which alone knows what matched. Here: `public`
    /// markers on fns that no route uses.
    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let handlers: Vec<_> = cx
            .model
            .routes
            .iter()
            .filter_map(|r| match &r.handler {
                Handler::Fn { item, .. } => Some(cx.model.facts[&item.file].fns[item.idx].name_span),
                _ => None,
            })
            .collect();
        let unresolved: Vec<&str> = cx
            .model
            .routes
            .iter()
            .filter_map(|r| match &r.handler {
                Handler::Unresolved { text, .. } => Some(text.rsplit("::").next().unwrap_or(text)),
                _ => None,
            })
            .collect();
        for m in cx.model.markers.iter().filter(|m| m.fact.kind == MarkerKind::Public && m.fact.problems.is_empty()) {
            let Some(name) = &m.fact.fn_name else {
                continue;
            };
            let is_handler = handlers.iter().any(|s| m.fact.item.contains(s));
            if is_handler || unresolved.contains(&name.as_str()) {
                continue;
            }
            out.push(
                Finding::new(
                    UNUSED_SUPPRESSION.name,
                    format!("`#[launchlint::public]` is on `{name}`, which no route uses"),
                    Label::new(m.fact.attr, "no route has this fn as its handler"),
                )
                .item_path(m.item_path.clone())
                .help("remove the marker, or register the handler (actix handlers need `.service(..)`)"),
            );
        }
    }
}
