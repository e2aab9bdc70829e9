//! ORM query chains: diesel (`posts::table.filter(..).first(conn)`, `diesel::update(..)`,
//! `delete`, `insert_into(..).values(..)`, `use schema::posts::dsl::*` with bare names) and sea-orm
//! (`Entity::find()`, `find_by_id`, `update_many`, `delete_many`, `delete_by_id`, `.filter(
//! Column::X.eq(..))`, `ActiveModel { .. }.insert(db)`), read from the terminal call down to the
//! table or entity they start from.

use super::schema::snake;
use super::{last_segment, peel, Scope, SpanMap};
use crate::source::Span;
use syn::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orm {
    Diesel,
    SeaOrm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DslOp {
    Select,
    Update,
    Delete,
    Insert,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DslFact {
    pub orm: Orm,
    /// diesel: the table (`posts` from `posts::table` or a bare `posts`); sea-orm: the entity path
    /// as written (`project::Entity`, `Project`, `project::ActiveModel`).
    pub root: Vec<String>,
    /// diesel: whether the root was a bare name (needs a `dsl::*` import to be a table).
    pub bare: bool,
    pub op: DslOp,
    /// Columns compared in filters (`workspace_id`), snake case.
    pub filter_cols: Vec<String>,
    /// Tables joined (`inner_join(workspaces::table)`).
    pub joins: Vec<String>,
    /// A filter the analysis cannot read (a helper fn, a boxed query).
    pub opaque: bool,
    /// `find(id)` / `find_by_id(id)` / `delete_by_id(id)`.
    pub by_pk: bool,
    /// INSERT columns when visible.
    pub insert_cols: Option<Vec<String>>,
    /// The table or entity expression (primary label).
    pub span: Span,
    pub item_path: String,
}

const DIESEL_TERMINALS: &[&str] =
    &["load", "first", "get_result", "get_results", "execute", "load_iter", "load_stream"];

const SEA_TERMINALS: &[&str] =
    &["one", "all", "exec", "exec_with_returning", "count", "stream", "paginate", "insert", "exec_without_returning"];

/// Inspects a terminal method call.
pub fn inspect(map: SpanMap, scope: &Scope, e: &Expr, diesel: bool, sea: bool) -> Option<DslFact> {
    let Expr::MethodCall(m) = e else { return None };
    let name = m.method.to_string();
    if diesel && DIESEL_TERMINALS.contains(&name.as_str()) && m.args.len() == 1 {
        let mut f = DslFact {
            orm: Orm::Diesel,
            root: Vec::new(),
            bare: false,
            op: DslOp::Select,
            filter_cols: Vec::new(),
            joins: Vec::new(),
            opaque: false,
            by_pk: false,
            insert_cols: None,
            span: map.node(&m.method),
            item_path: scope.item_path(),
        };
        if diesel_walk(map, &m.receiver, &mut f) {
            return Some(f);
        }
        return None;
    }
    if sea && SEA_TERMINALS.contains(&name.as_str()) {
        let mut f = DslFact {
            orm: Orm::SeaOrm,
            root: Vec::new(),
            bare: false,
            op: DslOp::Select,
            filter_cols: Vec::new(),
            joins: Vec::new(),
            opaque: false,
            by_pk: false,
            insert_cols: None,
            span: map.node(&m.method),
            item_path: scope.item_path(),
        };
        // `ActiveModel { .. }.insert(db)`.
        if name == "insert" {
            if let Expr::Struct(s) = peel(&m.receiver) {
                let segs: Vec<String> = s.path.segments.iter().map(|s| s.ident.to_string()).collect();
                if segs.last().is_some_and(|l| l == "ActiveModel") {
                    f.op = DslOp::Insert;
                    f.root = segs;
                    f.insert_cols = Some(
                        s.fields
                            .iter()
                            .filter_map(|fv| match &fv.member {
                                syn::Member::Named(n) => Some(n.to_string()),
                                _ => None,
                            })
                            .collect(),
                    );
                    f.span = map.node(&s.path);
                    return Some(f);
                }
            }
            return None;
        }
        if sea_walk(map, &m.receiver, &mut f) {
            return Some(f);
        }
    }
    None
}

fn segs(p: &syn::Path) -> Vec<String> {
    p.segments.iter().map(|s| s.ident.to_string()).collect()
}

fn diesel_walk(map: SpanMap, e: &Expr, f: &mut DslFact) -> bool {
    match peel(e) {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            match name.as_str() {
                "filter" | "or_filter" => {
                    if let Some(a) = m.args.first() {
                        filter_cols(a, f, false);
                    }
                }
                "find" => f.by_pk = true,
                "inner_join" | "left_join" | "left_outer_join" => {
                    if let Some(Expr::Path(p)) = m.args.first().map(peel) {
                        let s = segs(&p.path);
                        if s.len() >= 2 && s[s.len() - 1] == "table" {
                            f.joins.push(s[s.len() - 2].clone());
                        } else if let Some(l) = s.last() {
                            f.joins.push(l.clone());
                        }
                    } else {
                        f.opaque = true;
                    }
                }
                "values" => {
                    f.insert_cols = m.args.first().and_then(eq_columns);
                }
                _ => {}
            }
            diesel_walk(map, &m.receiver, f)
        }
        Expr::Call(c) => {
            let Expr::Path(p) = &*c.func else {
                return false;
            };
            let s = segs(&p.path);
            let last = s.last().map(String::as_str).unwrap_or("");
            let qualified_ok = s.len() == 1 || s[0] == "diesel";
            if !qualified_ok {
                return false;
            }
            f.op = match last {
                "update" => DslOp::Update,
                "delete" => DslOp::Delete,
                "insert_into" => DslOp::Insert,
                _ => return false,
            };
            match c.args.first() {
                Some(a) => diesel_walk(map, a, f),
                None => false,
            }
        }
        Expr::Path(p) => {
            let s = segs(&p.path);
            if s.len() >= 2 && s[s.len() - 1] == "table" {
                f.root = vec![s[s.len() - 2].clone()];
            } else if s.len() == 1 {
                f.root = s;
                f.bare = true;
            } else {
                return false;
            }
            f.span = map.node(e);
            true
        }
        _ => false,
    }
}

/// Columns compared with `.eq(..)`/`.eq_any(..)` in a filter; anything else that could hide a
/// predicate (a helper call) makes the filter opaque.
fn filter_cols(e: &Expr, f: &mut DslFact, nested: bool) {
    match peel(e) {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            match name.as_str() {
                "eq" | "eq_any" | "is_in" => {
                    if let Some(c) = column_of(&m.receiver) {
                        f.filter_cols.push(c);
                    } else {
                        filter_cols(&m.receiver, f, true);
                    }
                }
                "and" | "or" | "add" | "add_option" => {
                    filter_cols(&m.receiver, f, true);
                    for a in &m.args {
                        filter_cols(a, f, true);
                    }
                }
                _ => {
                    // `.ne`, `.like`, `.gt`, ...: a predicate that does not bind.
                    if column_of(&m.receiver).is_none() {
                        filter_cols(&m.receiver, f, true);
                    }
                }
            }
        }
        Expr::Call(c) => {
            let name = match &*c.func {
                Expr::Path(p) => segs(&p.path),
                _ => Vec::new(),
            };
            let known = name.len() >= 2 && matches!(name[name.len() - 2].as_str(), "Condition" | "Expr");
            if known {
                for a in &c.args {
                    filter_cols(a, f, true);
                }
            } else {
                f.opaque = true;
            }
        }
        Expr::Path(_) | Expr::Lit(_) if nested => {}
        _ => {
            if !nested {
                f.opaque = true;
            }
        }
    }
}

/// `posts::workspace_id`, `workspace_id`, `project::Column::WorkspaceId`, `Column::WorkspaceId`.
fn column_of(e: &Expr) -> Option<String> {
    match peel(e) {
        Expr::Path(p) => {
            let s = segs(&p.path);
            if s.len() >= 2 && s[s.len() - 2] == "Column" {
                Some(snake(&s[s.len() - 1]))
            } else {
                Some(last_segment(&p.path))
            }
        }
        // 2.0: `project::COLUMN.workspace_id`.
        Expr::Field(fe) => match &fe.member {
            syn::Member::Named(n) => Some(n.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// `(posts::title.eq(t), posts::workspace_id.eq(ws))` → the columns; `None` for a struct.
fn eq_columns(e: &Expr) -> Option<Vec<String>> {
    let items: Vec<&Expr> = match peel(e) {
        Expr::Tuple(t) => t.elems.iter().collect(),
        Expr::MethodCall(_) => vec![peel(e)],
        _ => return None,
    };
    let mut out = Vec::new();
    for i in items {
        match peel(i) {
            Expr::MethodCall(m) if m.method == "eq" => out.push(column_of(&m.receiver)?),
            _ => return None,
        }
    }
    Some(out)
}

fn sea_walk(map: SpanMap, e: &Expr, f: &mut DslFact) -> bool {
    match peel(e) {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            match name.as_str() {
                "filter" | "having" => {
                    if let Some(a) = m.args.first() {
                        filter_cols(a, f, false);
                    }
                }
                // 2.0: `Entity::load().filter_by_id(id)`.
                "filter_by_id" => f.by_pk = true,
                "inner_join" | "left_join" | "join" | "find_also_related" | "find_with_related" => {
                    if let Some(Expr::Path(p)) = m.args.last().map(peel) {
                        f.joins.push(segs(&p.path).join("::"));
                    }
                }
                _ => {}
            }
            sea_walk(map, &m.receiver, f)
        }
        Expr::Call(c) => {
            let Expr::Path(p) = &*c.func else {
                return false;
            };
            let s = segs(&p.path);
            if s.len() < 2 || s[0] == "Self" {
                return false;
            }
            let last = s[s.len() - 1].as_str();
            let (op, pk) = match last {
                "find" | "load" => (DslOp::Select, false),
                "find_by_id" => (DslOp::Select, true),
                "update_many" => (DslOp::Update, false),
                "delete_many" => (DslOp::Delete, false),
                "delete_by_id" => (DslOp::Delete, true),
                _ => return false,
            };
            f.op = op;
            f.by_pk = pk;
            f.root = s[..s.len() - 1].to_vec();
            f.span = map.node(&c.func);
            true
        }
        _ => false,
    }
}
