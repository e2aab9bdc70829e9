//! Tenant predicate analysis: which tenant-scoped tables a statement reads or writes without a
//! predicate binding their tenant column.
//!
//! Per SELECT (and UPDATE/DELETE) scope, the table references are collected from FROM and JOIN;
//! the conjuncts of WHERE and every JOIN ON become facts: `col = value` (a parameter, literal or
//! any expression without columns of the query), `col IN (values)`, `col = ANY(..)`, `col IN
//! (subquery with a filter)`, and `col = col` equalities, which join columns into classes. OR
//! keeps only what both branches bind. A reference is *trusted* when:
//!
//! - it is tenant-scoped and its tenant column's class holds a value or a column of another
//!   trusted reference (`p.workspace_id = w.id` with `w` trusted);
//! - it is a membership table (`workspace_members`) bound by its tenant or its user column;
//! - it is tenant-scoped and joined by any column to a trusted tenant-scoped reference (the FK
//!   chain `comments.post_id = posts.id` with `posts` scoped);
//! - it is the tenant table itself and filtered by anything (`w.slug = $1`);
//! - it is a derived table or CTE (its body is judged on its own), or an RLS-protected table.
//!
//! Correlated subqueries (`EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id =
//! p.workspace_id AND m.user_id = $1)`) bind the outer columns they tie to trusted inner
//! references. Tenant-scoped references left untrusted are reported. INSERT is judged on its
//! column list (and an `INSERT .. SELECT` on its SELECT as well).

use super::{offset_of, table_key, Parsed};
use sqlparser::ast::{
    BinaryOperator, Expr, FromTable, Ident, InTarget, Insert, JoinConstraint, JoinOperator, Query, Select, SetExpr,
    Statement, TableFactor, TableObject, TableWithJoins, UpdateTableFromKind, Visit, Visitor,
};
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

/// What the analysis needs to know of one table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableInfo {
    /// Lowercased column names (may be empty when unknown).
    pub columns: Vec<String>,
    /// The tenant column when the table is tenant-scoped (not global, not RLS-protected).
    pub tenant_column: Option<String>,
    /// The tenant table itself (`workspaces`, `organizations`).
    pub is_tenant: bool,
    /// Membership/ACL tables: the user column that scopes them as well as the tenant column.
    pub member_column: Option<String>,
    /// Row-level security with a policy: rows are scoped by the database.
    pub protected: bool,
}

/// Tables by lowercased name. Unknown tables are never judged.
#[derive(Debug, Clone, Default)]
pub struct TenantView {
    pub tables: HashMap<String, TableInfo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Op {
    Select,
    Update,
    Delete,
    Insert,
}

impl Op {
    pub fn verb(self) -> &'static str {
        match self {
            Op::Select => "reads",
            Op::Update => "updates",
            Op::Delete => "deletes from",
            Op::Insert => "inserts into",
        }
    }
}

/// A tenant-scoped table the statement touches without its tenant predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unscoped {
    pub table: String,
    pub column: String,
    pub op: Op,
    /// Byte range of the table name in the text, when known.
    pub range: Option<(usize, usize)>,
}

/// Analyzes every parsed statement of `text`.
pub fn analyze(text: &str, parsed: &Parsed, view: &TenantView) -> Vec<Unscoped> {
    let mut out = Vec::new();
    for p in &parsed.stmts {
        let mut a = Analyzer {
            text,
            chunk: p.chunk_start,
            view,
            refs: Vec::new(),
            scopes: Vec::new(),
            ctes: Vec::new(),
            trusted: HashSet::new(),
            seen: HashSet::new(),
            out: Vec::new(),
        };
        a.statement(&p.stmt);
        out.extend(a.out);
    }
    out.sort_by_key(|u| (u.range, u.op));
    out.dedup();
    out
}

/// A column of a reference: (reference id, lowercased column name).
type Col = (usize, String);

#[derive(Debug, Clone)]
enum RefKind {
    Table(String),
    Derived,
}

#[derive(Debug, Clone)]
struct Ref {
    kind: RefKind,
    /// Name the query uses for it: alias or table name, lowercased.
    name: String,
    op: Op,
    range: Option<(usize, usize)>,
}

/// What a predicate establishes.
#[derive(Debug, Clone, Default)]
struct Facts {
    values: HashSet<Col>,
    eqs: Vec<(Col, Col)>,
    /// References filtered by a predicate on their own columns only.
    anchors: HashSet<usize>,
    /// Columns restricted to the output of a subquery over a scoped tenant-scoped table
    /// (`id IN (SELECT id FROM t WHERE workspace_id = $1)`).
    chained: HashSet<Col>,
}

impl Facts {
    fn and(mut self, o: Facts) -> Facts {
        self.values.extend(o.values);
        self.eqs.extend(o.eqs);
        self.anchors.extend(o.anchors);
        self.chained.extend(o.chained);
        self
    }

    fn or(self, o: Facts) -> Facts {
        let eqs = self
            .eqs
            .iter()
            .filter(|(a, b)| o.eqs.iter().any(|(c, d)| (a == c && b == d) || (a == d && b == c)))
            .cloned()
            .collect();
        Facts {
            values: self.values.intersection(&o.values).cloned().collect(),
            eqs,
            anchors: self.anchors.intersection(&o.anchors).copied().collect(),
            chained: self.chained.intersection(&o.chained).cloned().collect(),
        }
    }
}

struct Analyzer<'a> {
    text: &'a str,
    chunk: usize,
    view: &'a TenantView,
    refs: Vec<Ref>,
    /// Reference ids of the enclosing scopes, innermost last.
    scopes: Vec<Vec<usize>>,
    /// CTE names in scope.
    ctes: Vec<HashSet<String>>,
    trusted: HashSet<usize>,
    /// Subqueries already analyzed (by address; the tree is not mutated during analysis).
    seen: HashSet<*const Query>,
    out: Vec<Unscoped>,
}

/// Column references found in an expression, outside nested queries.
struct ColScan<'x, 'a> {
    an: &'x mut Analyzer<'a>,
    depth: usize,
    cols: Vec<Option<Col>>,
    analyze_subqueries: bool,
}

impl Visitor for ColScan<'_, '_> {
    type Break = ();

    fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
        if self.depth == 0 && self.analyze_subqueries {
            self.an.query(q);
        }
        self.depth += 1;
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
        self.depth -= 1;
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        if self.depth == 0 {
            match e {
                Expr::Identifier(i) if !is_dynamic(i) => {
                    let c = self.an.resolve(None, &i.value);
                    self.cols.push(c);
                }
                Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                    let q = &parts[parts.len() - 2].value;
                    let c = self.an.resolve(Some(q), &parts[parts.len() - 1].value);
                    self.cols.push(c);
                }
                _ => {}
            }
        }
        ControlFlow::Continue(())
    }
}

/// Placeholders the model substitutes for interpolated text (`format!` arguments).
fn is_dynamic(i: &Ident) -> bool {
    i.value.starts_with("__ll_dyn")
}

fn strip(e: &Expr) -> &Expr {
    match e {
        Expr::Nested(x) => strip(x),
        Expr::Cast { expr, .. } => strip(expr),
        _ => e,
    }
}

struct Uf {
    parent: HashMap<Col, Col>,
}

impl Uf {
    fn find(&mut self, c: &Col) -> Col {
        let p = match self.parent.get(c) {
            None => return c.clone(),
            Some(p) if p == c => return c.clone(),
            Some(p) => p.clone(),
        };
        let root = self.find(&p);
        self.parent.insert(c.clone(), root.clone());
        root
    }

    fn union(&mut self, a: &Col, b: &Col) {
        let (ra, rb) = (self.find(a), self.find(b));
        self.parent.entry(ra.clone()).or_insert_with(|| ra.clone());
        self.parent.entry(rb.clone()).or_insert_with(|| rb.clone());
        if ra != rb {
            self.parent.insert(ra, rb);
        }
    }
}

impl<'a> Analyzer<'a> {
    fn range_of(&self, i: &Ident) -> Option<(usize, usize)> {
        let s = offset_of(self.text, self.chunk, i.span.start.line, i.span.start.column)?;
        let e = offset_of(self.text, self.chunk, i.span.end.line, i.span.end.column)
            .filter(|e| *e > s)
            .unwrap_or(s + i.value.len());
        Some((s, e.min(self.text.len())))
    }

    fn info(&self, r: usize) -> Option<&'a TableInfo> {
        match &self.refs[r].kind {
            RefKind::Table(t) => self.view.tables.get(t),
            RefKind::Derived => None,
        }
    }

    fn has_column(&self, r: usize, col: &str) -> Option<bool> {
        match self.info(r) {
            Some(i) if !i.columns.is_empty() => Some(i.columns.iter().any(|c| c == col)),
            _ => None,
        }
    }

    /// Resolves `qualifier.column` or an unqualified column through the scopes, innermost first.
    fn resolve(&self, qualifier: Option<&str>, column: &str) -> Option<Col> {
        let column = column.to_lowercase();
        match qualifier {
            Some(q) => {
                let q = q.to_lowercase();
                for scope in self.scopes.iter().rev() {
                    if let Some(&r) = scope.iter().find(|&&r| self.refs[r].name == q) {
                        return Some((r, column));
                    }
                }
                None
            }
            None => {
                for (depth, scope) in self.scopes.iter().rev().enumerate() {
                    if let Some(&r) = scope.iter().find(|&&r| self.has_column(r, &column) == Some(true)) {
                        return Some((r, column));
                    }
                    // Innermost scope: a single reference whose columns are not all known.
                    if depth == 0 {
                        let unknown: Vec<usize> =
                            scope.iter().copied().filter(|&r| self.has_column(r, &column).is_none()).collect();
                        if scope.len() == 1 && unknown.len() == 1 {
                            return Some((unknown[0], column));
                        }
                    }
                }
                None
            }
        }
    }

    /// Column references of an expression (analyzing nested queries when asked). `None` entries
    /// are identifiers that resolve to nothing.
    fn columns(&mut self, e: &Expr, analyze_subqueries: bool) -> Vec<Option<Col>> {
        let mut s = ColScan { an: self, depth: 0, cols: Vec::new(), analyze_subqueries };
        let _ = e.visit(&mut s);
        s.cols
    }

    fn as_col(&self, e: &Expr) -> Option<Col> {
        match strip(e) {
            Expr::Identifier(i) if !is_dynamic(i) => self.resolve(None, &i.value),
            Expr::CompoundIdentifier(p) if p.len() >= 2 => {
                self.resolve(Some(&p[p.len() - 2].value), &p[p.len() - 1].value)
            }
            _ => None,
        }
    }

    fn is_value(&mut self, e: &Expr, sub: bool) -> bool {
        let cols = self.columns(e, sub);
        let current = self.scopes.last().cloned().unwrap_or_default();
        cols.iter().all(|c| c.as_ref().is_some_and(|(r, _)| !current.contains(r)))
    }

    fn anchor(&self, cols: &[Option<Col>]) -> HashSet<usize> {
        let current = self.scopes.last().cloned().unwrap_or_default();
        let refs: HashSet<usize> = cols.iter().flatten().map(|(r, _)| *r).filter(|r| current.contains(r)).collect();
        if refs.len() == 1 && cols.iter().all(Option::is_some) {
            refs
        } else {
            HashSet::new()
        }
    }

    fn leaf_anchor(&mut self, e: &Expr, sub: bool) -> Facts {
        let cols = self.columns(e, sub);
        Facts { anchors: self.anchor(&cols), ..Facts::default() }
    }

    fn pred(&mut self, e: &Expr, sub: bool) -> Facts {
        match e {
            Expr::Nested(x) => self.pred(x, sub),
            Expr::BinaryOp { left, op: BinaryOperator::And, right } => {
                let l = self.pred(left, sub);
                let r = self.pred(right, sub);
                l.and(r)
            }
            Expr::BinaryOp { left, op: BinaryOperator::Or, right } => {
                let l = self.pred(left, sub);
                let r = self.pred(right, sub);
                l.or(r)
            }
            Expr::BinaryOp { left, op: BinaryOperator::Eq, right } | Expr::IsNotDistinctFrom(left, right) => {
                self.eq_leaf(e, left, right, sub)
            }
            Expr::AnyOp { left, compare_op: BinaryOperator::Eq, right, .. } => {
                let mut f = self.leaf_anchor(e, sub);
                if let Some(c) = self.as_col(left) {
                    if self.is_value(right, false) {
                        f.values.insert(c);
                    }
                }
                f
            }
            Expr::In { expr, target, negated: false, .. } => match target {
                InTarget::List(items) => {
                    let mut f = self.leaf_anchor(e, sub);
                    if let Some(c) = self.as_col(expr) {
                        if items.iter().all(|i| self.is_value(i, false)) {
                            f.values.insert(c);
                        }
                    }
                    f
                }
                InTarget::Subquery(q) => {
                    let mut f = Facts::default();
                    if !sub {
                        return f;
                    }
                    let col = self.as_col(expr);
                    let (outer, filtered, scoped) = self.subquery(q);
                    f.values.extend(outer);
                    if let Some(c) = col {
                        if filtered {
                            f.values.insert(c.clone());
                        }
                        if scoped {
                            f.chained.insert(c);
                        }
                    }
                    f
                }
                _ => self.leaf_anchor(e, sub),
            },
            Expr::Exists { subquery, negated: false } => {
                let mut f = Facts::default();
                if sub {
                    let (outer, _, _) = self.subquery(subquery);
                    f.values.extend(outer);
                }
                f
            }
            _ => self.leaf_anchor(e, sub),
        }
    }

    fn eq_leaf(&mut self, e: &Expr, left: &Expr, right: &Expr, sub: bool) -> Facts {
        if let (Expr::Tuple(ls), Expr::Tuple(rs)) = (strip(left), strip(right)) {
            if ls.len() == rs.len() {
                let mut f = Facts::default();
                for (l, r) in ls.iter().zip(rs) {
                    f = f.and(self.eq_leaf(e, l, r, sub));
                }
                return f;
            }
        }
        let mut f = Facts::default();
        let (lc, rc) = (self.as_col(left), self.as_col(right));
        // A scalar subquery compared with a column: `col = (SELECT ..)`.
        // (is a value, comes from a scoped tenant-scoped subquery)
        let sub_value = |an: &mut Self, x: &Expr| -> (bool, bool) {
            if let Expr::Subquery(q) = strip(x) {
                if sub {
                    let (_, _, scoped) = an.subquery(q);
                    return (true, scoped);
                }
                return (true, false);
            }
            (an.is_value(x, sub), false)
        };
        match (lc, rc) {
            (Some(l), Some(r)) => f.eqs.push((l, r)),
            (Some(l), None) => {
                let (v, scoped) = sub_value(self, right);
                if v {
                    f.values.insert(l.clone());
                }
                if scoped {
                    f.chained.insert(l);
                }
            }
            (None, Some(r)) => {
                let (v, scoped) = sub_value(self, left);
                if v {
                    f.values.insert(r.clone());
                }
                if scoped {
                    f.chained.insert(r);
                }
            }
            (None, None) => {
                let _ = self.columns(left, sub);
                let _ = self.columns(right, sub);
            }
        }
        let cols = self.columns(e, false);
        f.anchors = self.anchor(&cols);
        f
    }

    /// Analyzes a nested query; returns the outer columns it binds, whether it filters rows, and
    /// whether it reads a tenant-scoped (or RLS-protected) table that it keeps scoped.
    fn subquery(&mut self, q: &Query) -> (HashSet<Col>, bool, bool) {
        let filtered = query_filters(q);
        let first = self.refs.len();
        let outer = self.query(q);
        let scoped = (first..self.refs.len()).any(|r| {
            self.trusted.contains(&r) && self.info(r).is_some_and(|i| i.tenant_column.is_some() || i.protected)
        }) && (first..self.refs.len())
            .all(|r| self.info(r).is_none_or(|i| i.tenant_column.is_none() || self.trusted.contains(&r)));
        (outer, filtered, scoped)
    }

    fn statement(&mut self, s: &Statement) {
        match s {
            Statement::Query(q) => {
                self.query(q);
            }
            Statement::Insert(i) => self.insert(i),
            Statement::Update(u) => {
                let mut tables = vec![(&u.table, Op::Update)];
                if let Some(UpdateTableFromKind::AfterSet(f) | UpdateTableFromKind::BeforeSet(f)) = &u.from {
                    tables.extend(f.iter().map(|t| (t, Op::Select)));
                }
                let mut preds: Vec<&Expr> = u.selection.iter().collect();
                self.scope(&tables, &mut preds, &|_| {});
            }
            Statement::Delete(d) => {
                let from = match &d.from {
                    FromTable::WithFromKeyword(t) | FromTable::WithoutKeyword(t) => t,
                };
                let mut tables: Vec<(&TableWithJoins, Op)> = from.iter().map(|t| (t, Op::Delete)).collect();
                if let Some(using) = &d.using {
                    tables.extend(using.iter().map(|t| (t, Op::Select)));
                }
                let mut preds: Vec<&Expr> = d.selection.iter().collect();
                self.scope(&tables, &mut preds, &|_| {});
            }
            _ => {}
        }
    }

    fn insert(&mut self, i: &Insert) {
        if let TableObject::TableName(name) = &i.table {
            let key = table_key(name);
            let is_cte = self.ctes.iter().any(|c| c.contains(&key));
            if let (false, Some(info)) = (is_cte, self.view.tables.get(&key)) {
                if let Some(tc) = &info.tenant_column {
                    let mut cols: Vec<String> = i
                        .columns
                        .iter()
                        .filter_map(|c| c.0.last().and_then(|p| p.as_ident()))
                        .map(|c| c.value.to_lowercase())
                        .collect();
                    for a in &i.assignments {
                        if let sqlparser::ast::AssignmentTarget::ColumnName(n) = &a.target {
                            cols.push(table_key(n));
                        }
                    }
                    if !cols.is_empty() && !cols.iter().any(|c| c == tc) {
                        let range = name.0.last().and_then(|p| p.as_ident()).and_then(|id| self.range_of(id));
                        self.out.push(Unscoped { table: key.clone(), column: tc.clone(), op: Op::Insert, range });
                    }
                }
            }
        }
        if let Some(src) = &i.source {
            self.query(src);
        }
    }

    /// Analyzes a query in the current scope chain; returns the outer columns it binds.
    fn query(&mut self, q: &Query) -> HashSet<Col> {
        if !self.seen.insert(q as *const Query) {
            return HashSet::new();
        }
        let mut names = HashSet::new();
        if let Some(with) = &q.with {
            self.ctes.push(HashSet::new());
            for cte in &with.cte_tables {
                let n = cte.alias.name.value.to_lowercase();
                names.insert(n.clone());
                if let Some(top) = self.ctes.last_mut() {
                    top.insert(n);
                }
                // A CTE body sees the enclosing scopes but not the main query's tables.
                let saved = std::mem::take(&mut self.scopes);
                self.query(&cte.query);
                self.scopes = saved;
            }
        }
        let out = self.set_expr(&q.body);
        if q.with.is_some() {
            self.ctes.pop();
        }
        out
    }

    fn set_expr(&mut self, s: &SetExpr) -> HashSet<Col> {
        match s {
            SetExpr::Select(sel) => self.select(sel),
            SetExpr::Query(q) => self.query(q),
            SetExpr::SetOperation { left, right, .. } => {
                let l = self.set_expr(left);
                let r = self.set_expr(right);
                l.intersection(&r).cloned().collect()
            }
            SetExpr::Insert(st) | SetExpr::Update(st) | SetExpr::Delete(st) => {
                self.statement(st);
                HashSet::new()
            }
            SetExpr::Values(v) => {
                for row in &v.rows {
                    for e in &row.content {
                        let _ = self.columns(e, true);
                    }
                }
                HashSet::new()
            }
            _ => HashSet::new(),
        }
    }

    fn select(&mut self, s: &Select) -> HashSet<Col> {
        let tables: Vec<(&TableWithJoins, Op)> = s.from.iter().map(|t| (t, Op::Select)).collect();
        let mut preds: Vec<&Expr> = s.selection.iter().collect();
        preds.extend(s.having.iter());
        self.scope(&tables, &mut preds, &|an: &mut Analyzer<'_>| {
            // Subqueries elsewhere in the SELECT (projection, ORDER BY, GROUP BY): judged for
            // themselves, with this scope's trusted references known.
            let mut scan = ColScan { an, depth: 0, cols: Vec::new(), analyze_subqueries: true };
            let _ = s.visit(&mut scan);
        })
    }

    /// Collects the references of `tables` as a new scope, judges it with `preds` and the JOIN
    /// ON conditions, runs `rest` while the scope is open, and returns the outer columns bound.
    fn scope<'e>(
        &mut self,
        tables: &[(&'e TableWithJoins, Op)],
        preds: &mut Vec<&'e Expr>,
        rest: &dyn Fn(&mut Analyzer<'_>),
    ) -> HashSet<Col> {
        self.scopes.push(Vec::new());
        let mut using: Vec<(usize, Vec<String>)> = Vec::new();
        let mut ons: Vec<&Expr> = Vec::new();
        for (t, op) in tables {
            self.factor(&t.relation, *op);
            for j in &t.joins {
                self.factor(&j.relation, Op::Select);
                let joined = self.scopes.last().and_then(|s| s.last().copied());
                match constraint(&j.join_operator) {
                    Some(JoinConstraint::On(e)) => ons.push(e),
                    Some(JoinConstraint::Using(cols)) => {
                        if let Some(r) = joined {
                            using.push((r, cols.iter().map(table_key).collect()));
                        }
                    }
                    _ => {}
                }
            }
        }
        preds.extend(ons);
        // Pass 1 without subqueries: which references are trusted on their own.
        let mut facts = Facts::default();
        for p in preds.iter() {
            let f = self.pred(p, false);
            facts = facts.and(f);
        }
        self.add_using(&using, &mut facts);
        self.solve(facts, false);
        // Pass 2 with subqueries, which see the trusted references of pass 1.
        let mut facts = Facts::default();
        for p in preds.iter() {
            let f = self.pred(p, true);
            facts = facts.and(f);
        }
        self.add_using(&using, &mut facts);
        let outer = self.solve(facts, true);
        rest(self);
        self.scopes.pop();
        outer
    }

    fn add_using(&self, using: &[(usize, Vec<String>)], facts: &mut Facts) {
        let scope = self.scopes.last().cloned().unwrap_or_default();
        for (r, cols) in using {
            for c in cols {
                for &o in scope.iter().filter(|&&o| o != *r) {
                    if self.has_column(o, c) != Some(false) {
                        facts.eqs.push(((*r, c.clone()), (o, c.clone())));
                    }
                }
            }
        }
    }

    fn factor(&mut self, f: &TableFactor, op: Op) {
        match f {
            TableFactor::Table { name, alias, .. } => {
                let key = table_key(name);
                let is_cte = self.ctes.iter().any(|c| c.contains(&key));
                let ident = name.0.last().and_then(|p| p.as_ident());
                let r = Ref {
                    kind: if is_cte { RefKind::Derived } else { RefKind::Table(key.clone()) },
                    name: alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or(key),
                    op,
                    range: ident.and_then(|i| self.range_of(i)),
                };
                self.push_ref(r);
            }
            TableFactor::Derived { subquery, alias, .. } => {
                self.query(subquery);
                let r = Ref {
                    kind: RefKind::Derived,
                    name: alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or_default(),
                    op,
                    range: None,
                };
                self.push_ref(r);
            }
            TableFactor::NestedJoin { table_with_joins, .. } => {
                self.factor(&table_with_joins.relation, op);
                for j in &table_with_joins.joins {
                    self.factor(&j.relation, Op::Select);
                }
            }
            _ => {
                let r = Ref { kind: RefKind::Derived, name: String::new(), op, range: None };
                self.push_ref(r);
            }
        }
    }

    fn push_ref(&mut self, r: Ref) {
        let id = self.refs.len();
        self.refs.push(r);
        if let Some(s) = self.scopes.last_mut() {
            s.push(id);
        }
    }

    /// Decides which references of the innermost scope are trusted; reports the rest when
    /// `emit`. Returns the outer columns bound by this scope.
    fn solve(&mut self, facts: Facts, emit: bool) -> HashSet<Col> {
        let scope = self.scopes.last().cloned().unwrap_or_default();
        let mut uf = Uf { parent: HashMap::new() };
        for (a, b) in &facts.eqs {
            uf.union(a, b);
        }
        let mut members: HashMap<Col, Vec<Col>> = HashMap::new();
        let all: Vec<Col> =
            facts.eqs.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).chain(facts.values.iter().cloned()).collect();
        for c in &all {
            let root = uf.find(c);
            let v = members.entry(root).or_default();
            if !v.contains(c) {
                v.push(c.clone());
            }
        }
        let value_roots: HashSet<Col> = facts.values.iter().map(|c| uf.find(c)).collect();
        // Trusted references: those of enclosing scopes already trusted, plus fixed point here.
        let mut trusted: HashSet<usize> = self.trusted.clone();
        for &r in &scope {
            trusted.remove(&r);
            match (&self.refs[r].kind, self.info(r)) {
                (RefKind::Derived, _) => {
                    trusted.insert(r);
                }
                (_, Some(i)) if i.protected => {
                    trusted.insert(r);
                }
                _ => {}
            }
        }
        // Whether the class of `c` holds a value or a column of another trusted reference.
        let bound = |uf: &mut Uf, trusted: &HashSet<usize>, c: &Col| -> bool {
            let root = uf.find(c);
            if value_roots.contains(&root) {
                return true;
            }
            members.get(&root).is_some_and(|m| m.iter().any(|(o, _)| *o != c.0 && trusted.contains(o)))
        };
        loop {
            let mut changed = false;
            for &r in &scope {
                if trusted.contains(&r) {
                    continue;
                }
                let Some(info) = self.info(r) else { continue };
                let ok = if info.is_tenant {
                    facts.anchors.contains(&r) || all.iter().filter(|c| c.0 == r).any(|c| bound(&mut uf, &trusted, c))
                } else if let Some(tc) = &info.tenant_column {
                    let own = bound(&mut uf, &trusted, &(r, tc.clone()));
                    let member = info.member_column.as_ref().is_some_and(|m| bound(&mut uf, &trusted, &(r, m.clone())));
                    // FK chain: any column tied to a trusted tenant-scoped or derived reference.
                    let chain = all.iter().filter(|c| c.0 == r).any(|c| {
                        let root = uf.find(c);
                        members.get(&root).is_some_and(|m| {
                            m.iter().any(|(o, _)| {
                                *o != r
                                    && trusted.contains(o)
                                    && (matches!(self.refs[*o].kind, RefKind::Derived)
                                        || self.info(*o).is_some_and(|i| i.tenant_column.is_some() || i.protected))
                            })
                        })
                    });
                    let sub = facts.chained.iter().any(|c| c.0 == r);
                    own || member || chain || sub
                } else {
                    false
                };
                if ok {
                    trusted.insert(r);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for &r in &scope {
            if trusted.contains(&r) {
                self.trusted.insert(r);
            } else {
                self.trusted.remove(&r);
            }
        }
        if emit {
            for &r in &scope {
                if trusted.contains(&r) {
                    continue;
                }
                if let (RefKind::Table(t), Some(info)) = (&self.refs[r].kind, self.info(r)) {
                    if let Some(tc) = &info.tenant_column {
                        self.out.push(Unscoped {
                            table: t.clone(),
                            column: tc.clone(),
                            op: self.refs[r].op,
                            range: self.refs[r].range,
                        });
                    }
                }
            }
        }
        // Outer columns this scope ties to a value or a trusted reference.
        let mut outer = HashSet::new();
        for c in &all {
            if !scope.contains(&c.0) && bound(&mut uf, &trusted, c) {
                outer.insert(c.clone());
            }
        }
        outer
    }
}

fn constraint(op: &JoinOperator) -> Option<&JoinConstraint> {
    match op {
        JoinOperator::Join(c)
        | JoinOperator::Inner(c)
        | JoinOperator::Left(c)
        | JoinOperator::LeftOuter(c)
        | JoinOperator::Right(c)
        | JoinOperator::RightOuter(c)
        | JoinOperator::FullOuter(c)
        | JoinOperator::CrossJoin(c)
        | JoinOperator::Semi(c)
        | JoinOperator::LeftSemi(c)
        | JoinOperator::RightSemi(c)
        | JoinOperator::Anti(c)
        | JoinOperator::LeftAnti(c)
        | JoinOperator::RightAnti(c)
        | JoinOperator::StraightJoin(c) => Some(c),
        JoinOperator::AsOf { constraint, .. } => Some(constraint),
        _ => None,
    }
}

/// Whether a query restricts its rows at all (WHERE, or a join condition).
fn query_filters(q: &Query) -> bool {
    match &*q.body {
        SetExpr::Select(s) => {
            s.selection.is_some()
                || s.from.iter().any(|t| {
                    t.joins.iter().any(|j| {
                        matches!(constraint(&j.join_operator), Some(JoinConstraint::On(_) | JoinConstraint::Using(_)))
                    })
                })
        }
        SetExpr::Query(q) => query_filters(q),
        _ => false,
    }
}
