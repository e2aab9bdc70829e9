use launchlint_core::declare_lint;
use launchlint_core::facts::dsl::{DslOp, Orm};
use launchlint_core::model::tenancy::{Classified, QuerySite, SchemaTable};
use launchlint_core::sql::tenant::Op;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::HashMap;

declare_lint! {
    pub MISSING_TENANT_FILTER, MissingTenantFilter,
    name: "missing_tenant_filter",
    group: Critical,
    summary: "a query on a tenant-scoped table without a predicate on its tenant column",
    cwe: ["CWE-639"],
    owasp: ["API1:2023 Broken Object Level Authorization"],
    doc: include_str!("../../docs/missing_tenant_filter.md"),
}

impl Lint for MissingTenantFilter {
    fn meta(&self) -> &'static LintMeta {
        &MISSING_TENANT_FILTER
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let t = &cx.model.tenancy;
        if t.schema.tables.is_empty() {
            return;
        }
        let mut views: HashMap<Option<usize>, Classified> = HashMap::new();
        let packages =
            t.queries.iter().map(|q| q.file).chain(t.dsl.iter().map(|d| d.file)).map(|f| cx.db.get(f).package);
        for pkg in packages {
            views.entry(pkg).or_insert_with(|| t.classify(cx.config, pkg));
        }
        for (i, u) in t.unscoped(cx.db, &views) {
            let q = &t.queries[i];
            let table = &t.schema.tables[&u.table];
            out.push(super::with_reach(cx, sql_finding(cx, q, table, &u.table, &u.column, u.op, u.range)));
        }
        for d in &t.dsl {
            let pkg = cx.db.get(d.file).package;
            let c = views.entry(pkg).or_insert_with(|| t.classify(cx.config, pkg));
            let name = &d.fact.table;
            let Some(col) = c.view.tables.get(name).and_then(|i| i.tenant_column.clone()) else {
                continue;
            };
            let f = &d.fact.fact;
            let op = match f.op {
                DslOp::Select => Op::Select,
                DslOp::Update => Op::Update,
                DslOp::Delete => Op::Delete,
                DslOp::Insert => Op::Insert,
            };
            if op == Op::Insert {
                match &f.insert_cols {
                    Some(cols) if !cols.iter().any(|x| x == &col) => {}
                    _ => continue,
                }
            } else {
                // Filtered by the tenant column, an unreadable helper, or a join to the tenant
                // or a membership table that is itself filtered: scoped.
                let joined_trusted = f.joins.iter().any(|j| {
                    let j = j.rsplit("::").next().unwrap_or(j);
                    c.tenant_tables.iter().any(|t| t == j)
                        || c.view.tables.get(j).is_some_and(|i| i.member_column.is_some())
                }) && !f.filter_cols.is_empty();
                if f.opaque || f.filter_cols.iter().any(|x| x == &col) || joined_trusted {
                    continue;
                }
            }
            let table = &t.schema.tables[name];
            let what = match (f.orm, f.by_pk, op) {
                (_, _, Op::Insert) => format!("inserts into `{name}` without setting `{col}`"),
                (Orm::Diesel, true, _) => {
                    format!("`.find(id)` on `{name}` addresses rows by primary key only")
                }
                (Orm::SeaOrm, true, _) => format!("`{name}` is addressed by primary key only"),
                _ => format!("{} `{name}` without a filter on `{col}`", op.verb()),
            };
            let mut finding =
                Finding::new(MISSING_TENANT_FILTER.name, message(name, &col, op), Label::new(f.span, what))
                    .item_path(d.item_path.clone())
                    .confidence(Confidence::High)
                    .help(match (f.orm, op) {
                        (Orm::Diesel, Op::Insert) => format!("set `{name}::{col}` in `.values(..)`"),
                        (Orm::Diesel, _) => {
                            format!("add `.filter({name}::{col}.eq(tenant_id))` to the query")
                        }
                        (Orm::SeaOrm, Op::Insert) => {
                            format!("set `{col}: Set(tenant_id)` in the ActiveModel")
                        }
                        (Orm::SeaOrm, _) => {
                            format!("add `.filter(Column::{}.eq(tenant_id))` to the query", camel(&col))
                        }
                    });
            finding = declared(cx, finding, table, &col);
            out.push(super::with_reach(cx, finding));
        }
    }
}

fn camel(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn message(table: &str, col: &str, op: Op) -> String {
    match op {
        Op::Insert => format!("insert into tenant-scoped table `{table}` does not set `{col}`"),
        Op::Select => {
            format!("query reads tenant-scoped table `{table}` without filtering on `{col}`")
        }
        Op::Update => format!("update of tenant-scoped table `{table}` does not filter on `{col}`"),
        Op::Delete => {
            format!("delete from tenant-scoped table `{table}` does not filter on `{col}`")
        }
    }
}

fn sql_finding(
    cx: &LintContext<'_>,
    q: &QuerySite,
    table: &SchemaTable,
    name: &str,
    col: &str,
    op: Op,
    range: Option<(usize, usize)>,
) -> Finding {
    let located = range.and_then(|(s, e)| q.locate(cx.db, s, e));
    let label_text = match op {
        Op::Insert => format!("the column list has no `{col}`"),
        _ => format!("{} `{name}` with no `{col}` predicate", op.verb()),
    };
    let (primary, confidence) = match located {
        Some(span) => (Label::new(span, label_text), Confidence::High),
        None => (Label::new(q.sql_span.unwrap_or(q.call), label_text), Confidence::High),
    };
    let mut f = Finding::new(MISSING_TENANT_FILTER.name, message(name, col, op), primary)
        .item_path(q.item_path.clone())
        .confidence(confidence)
        .help(match op {
            Op::Insert => format!("insert `{col}` with the caller's tenant id"),
            _ => format!(
                "add `AND {col} = $n` bound to the caller's tenant (or join a membership table filtered by the user)"
            ),
        });
    let line = |s: launchlint_core::source::Span| cx.db.get(s.file).line_col(s.start as usize).0;
    if located.is_some_and(|s| s.file != q.call.file || line(s) != line(q.call)) {
        f = f.secondary(Label::new(q.call, format!("sent with `{}`", q.api)));
    }
    declared(cx, f, table, col)
}

/// Adds where the schema declares the tenant column: a note, and a secondary label when the
/// file is part of the run.
fn declared(cx: &LintContext<'_>, mut f: Finding, table: &SchemaTable, col: &str) -> Finding {
    match table.column(col).and_then(|c| c.at) {
        Some(span) => {
            let file = cx.db.get(span.file);
            let line = file.line_col(span.start as usize).0;
            f = f.note(format!(
                "`{}` is tenant-scoped by `{col}` ({}:{line}); without that predicate the statement reaches every tenant's rows",
                table.name, file.display
            ));
            f.secondary(Label::new(span, "tenant column declared here"))
        }
        None => f.note(format!("`{}` is tenant-scoped by `[tenancy] tables` (tenant column `{col}`)", table.name)),
    }
}
