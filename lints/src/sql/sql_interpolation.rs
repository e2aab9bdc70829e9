use launchlint_core::declare_lint;
use launchlint_core::facts::sql::Safety;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub SQL_INTERPOLATION, SqlInterpolation,
    name: "sql_interpolation",
    group: Critical,
    summary: "query text built from non-constant values (`format!`, `+`, `push_str`, `QueryBuilder::push`)",
    cwe: ["CWE-89"],
    owasp: ["A03:2021 Injection"],
    doc: include_str!("../../docs/sql_interpolation.md"),
}

impl Lint for SqlInterpolation {
    fn meta(&self) -> &'static LintMeta {
        &SQL_INTERPOLATION
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let t = &cx.model.tenancy;
        for q in &t.queries {
            let pkg = cx.db.get(q.file).package;
            for h in &q.holes {
                if t.hole_safe(pkg, &h.safety) {
                    continue;
                }
                let direct = matches!(innermost(&h.safety), Safety::Dynamic { direct: true });
                let builder = q.api == "QueryBuilder";
                let (label, help) = if builder {
                    (
                        format!("`{}` is pushed into the SQL text as is", h.text),
                        "use `push_bind(..)` for values; for identifiers, map input to a fixed set of literals with a `match`",
                    )
                } else {
                    (
                        format!("`{}` is interpolated into the SQL text", h.text),
                        "pass values as bound parameters (`$1`/`?` with `.bind(..)`); for identifiers such as sort columns, map input to a fixed set of literals with a `match`",
                    )
                };
                let mut f = Finding::new(
                    SQL_INTERPOLATION.name,
                    format!("SQL text is built from `{}` (possible SQL injection)", h.text),
                    Label::new(h.label, label),
                )
                .item_path(q.item_path.clone())
                .confidence(if direct { Confidence::High } else { Confidence::Medium })
                .help(help);
                if !q.call.contains(&h.label) {
                    let what = if builder {
                        "the query is built here".to_string()
                    } else {
                        format!("executed with `{}`", q.api)
                    };
                    f = f.secondary(Label::new(q.call, what));
                }
                if !direct {
                    f = f.note("the value's origin is not visible here; it may come from a fixed set");
                }
                out.push(super::with_reach(cx, f));
            }
        }
    }
}

fn innermost(s: &Safety) -> &Safety {
    match s {
        Safety::Method(_, inner) => innermost(inner),
        other => other,
    }
}
