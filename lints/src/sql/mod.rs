//! Database lints: tenant scoping of queries and SQL built from strings.

pub mod missing_tenant_filter;
pub mod sql_interpolation;

/// Adds which routes reach the query's fn (its handler, or a handler calling it).
pub fn with_reach(cx: &launchlint_core::LintContext<'_>, f: launchlint_core::Finding) -> launchlint_core::Finding {
    let routes = cx.model.routes_reaching(cx.db, f.primary.span.file, &f.item_path);
    match routes.len() {
        0 => f,
        1..=3 => {
            let list = routes.join(", ");
            f.note(format!("reachable from {list}"))
        }
        n => {
            let list = routes[..3].join(", ");
            f.note(format!("reachable from {list} and {} more routes", n - 3))
        }
    }
}
