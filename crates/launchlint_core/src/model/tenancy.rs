//! Tenancy: the schema (SQL migrations, diesel `table!`, sea-orm entities) and every query site
//! with its SQL text assembled (constants followed, `query_file!`/`include_str!` files read,
//! interpolations kept as holes) and parsed, on the worker pool.

use super::Located;
use crate::config::Config;
use crate::facts::dsl::{DslFact, Orm};
use crate::facts::schema::{snake, ConstSql};
use crate::facts::sql::{Hole, Piece, QueryFact, Safety};
use crate::facts::strlit;
use crate::facts::FileFacts;
use crate::source::{FileId, FileKind, SourceDb, Span};
use crate::sql::schema::SqlSchema;
use crate::sql::tenant::{analyze, TableInfo, TenantView, Unscoped};
use crate::sql::{self, Parsed};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Where a table is declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaSource {
    Migration,
    Diesel,
    SeaOrm,
}

impl SchemaSource {
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaSource::Migration => "migration",
            SchemaSource::Diesel => "diesel table!",
            SchemaSource::SeaOrm => "sea-orm entity",
        }
    }
}

#[derive(Debug, Clone)]
pub struct SchemaColumn {
    pub name: String,
    pub at: Option<Span>,
    pub references: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SchemaTable {
    pub name: String,
    pub columns: Vec<SchemaColumn>,
    pub at: Option<Span>,
    pub source: SchemaSource,
    /// `ENABLE ROW LEVEL SECURITY` and at least one policy.
    pub rls: Option<Span>,
    pub policies: usize,
}

impl SchemaTable {
    pub fn column(&self, name: &str) -> Option<&SchemaColumn> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Default)]
pub struct Schema {
    pub tables: BTreeMap<String, SchemaTable>,
    /// Migration files read, in order.
    pub migrations: Vec<FileId>,
}

/// Where a range of a query's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SegOrigin {
    /// A piece of a string literal: the literal token and the offset in its value.
    Lit { span: Span, value_start: usize },
    /// A file in the SourceDb (`query_file!`, `include_str!`).
    File { file: FileId, offset: usize },
    /// Text launchlint put there (a bind placeholder, a hole marker).
    Synthetic,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seg {
    pub start: usize,
    pub end: usize,
    pub origin: SegOrigin,
}

/// One query site with its SQL.
#[derive(Debug, Clone)]
pub struct QuerySite {
    pub file: FileId,
    /// Crate-level path of the enclosing fn (`db::posts::find_by_id`).
    pub item_path: String,
    pub api: String,
    pub call: Span,
    /// The SQL as far as it is known; interpolations appear as `__ll_dynN`, binds as `$N`.
    pub text: String,
    pub segs: Vec<Seg>,
    pub holes: Vec<Hole>,
    /// A whole statement whose text is fully known (no opaque part).
    pub judged: bool,
    /// The SQL string as written (first literal or file argument), for labels.
    pub sql_span: Option<Span>,
    /// Under a `migration(s)` folder: migration tooling, never judged for tenancy.
    pub migration_tooling: bool,
}

impl QuerySite {
    /// The source span of `text[start..end]`, when it comes from one literal or file.
    pub fn locate(&self, db: &SourceDb, start: usize, end: usize) -> Option<Span> {
        let seg = self.segs.iter().find(|s| s.start <= start && end <= s.end)?;
        match &seg.origin {
            SegOrigin::Lit { span, value_start } => {
                let src = db.get(span.file).snippet(span);
                let s = strlit::source_offset(src, value_start + start - seg.start)?;
                let e = strlit::source_offset(src, value_start + end - seg.start)?;
                Some(Span::new(span.file, span.start as usize + s, span.start as usize + e))
            }
            SegOrigin::File { file, offset } => {
                Some(Span::new(*file, offset + start - seg.start, offset + end - seg.start))
            }
            SegOrigin::Synthetic => None,
        }
    }
}

/// An ORM chain with the table it resolves to.
#[derive(Debug, Clone)]
pub struct DslSite {
    pub table: String,
    pub fact: DslFact,
}

/// Everything the tenancy lints need.
#[derive(Debug, Default)]
pub struct Tenancy {
    pub schema: Schema,
    pub queries: Vec<QuerySite>,
    pub dsl: Vec<Located<DslSite>>,
    /// Fn names (per package) whose body returns only literals.
    pub closed_fns: HashSet<(Option<usize>, String)>,
    /// Informational lines for `-v`.
    pub notes: Vec<String>,
}

fn is_down_migration(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    name == "down.sql" || name.ends_with(".down.sql")
}

fn under_migrations(display: &str) -> bool {
    display.split('/').any(|c| c == "migration" || c == "migrations")
}

/// Builds the schema from migration files (parsed in parallel) and Rust declarations.
fn schema(db: &SourceDb, facts: &HashMap<FileId, FileFacts>, ids: &[FileId]) -> (Schema, Vec<String>) {
    let mut files: Vec<&crate::source::SourceFile> =
        db.files().iter().filter(|f| f.kind == FileKind::Sql && !is_down_migration(&f.path)).collect();
    // Migration order: by path, numbers compared as numbers (refinery `V2__` before `V10__`).
    files.sort_by_key(|f| natural_key(&f.path));
    let parsed: Vec<(FileId, Parsed)> = files.par_iter().map(|f| (f.id, sql::parse(&f.text))).collect();
    let mut s = SqlSchema::default();
    let mut notes = Vec::new();
    for (id, p) in &parsed {
        let f = db.get(*id);
        s.apply(*id, &f.text, p);
        for sk in &p.skipped {
            let (line, _) = f.line_col(sk.start + leading_ws(&f.text[sk.start..sk.end]));
            let first = sk.message.lines().next().unwrap_or("");
            notes.push(format!("{}:{line}: SQL statement skipped (not parsed: {first})", f.display));
        }
    }
    let span_of = |o: Option<(FileId, usize)>, len: usize| o.map(|(f, off)| Span::new(f, off, off + len));
    let mut tables: BTreeMap<String, SchemaTable> = s
        .tables
        .into_values()
        .map(|t| {
            let name = t.name.clone();
            (
                name.clone(),
                SchemaTable {
                    at: span_of(t.at, name.len()),
                    columns: t
                        .columns
                        .iter()
                        .map(|c| SchemaColumn {
                            name: c.name.clone(),
                            at: span_of(c.at, c.name.len()),
                            references: c.references.clone(),
                        })
                        .collect(),
                    source: SchemaSource::Migration,
                    rls: t.rls_protected().then(|| span_of(t.rls, name.len())).flatten(),
                    policies: t.policies.len(),
                    name,
                },
            )
        })
        .collect();
    for id in ids {
        let ff = &facts[id];
        let rust_tables = ff
            .diesel_tables
            .iter()
            .map(|t| (&t.name, &t.columns, t.span, SchemaSource::Diesel))
            .chain(ff.sea_entities.iter().map(|e| (&e.table, &e.columns, e.span, SchemaSource::SeaOrm)));
        for (name, cols, span, source) in rust_tables {
            let key = name.to_lowercase();
            let t = tables.entry(key.clone()).or_insert_with(|| SchemaTable {
                name: key,
                columns: Vec::new(),
                at: Some(span),
                source,
                rls: None,
                policies: 0,
            });
            for (c, cs) in cols {
                let c = c.to_lowercase();
                if t.column(&c).is_none() {
                    t.columns.push(SchemaColumn { name: c, at: Some(*cs), references: None });
                }
            }
        }
    }
    (Schema { tables, migrations: parsed.iter().map(|(id, _)| *id).collect() }, notes)
}

/// A path as runs of text and numbers, so that `V2__a.sql` sorts before `V10__b.sql`.
fn natural_key(p: &Path) -> Vec<(String, u128)> {
    let s = p.to_string_lossy();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut num: Option<u128> = None;
    for c in s.chars() {
        match (c.to_digit(10), num) {
            (Some(d), Some(n)) => num = Some(n.saturating_mul(10).saturating_add(d as u128)),
            (Some(d), None) => num = Some(d as u128),
            (None, Some(n)) => {
                out.push((std::mem::take(&mut text), n));
                num = None;
                text.push(c);
            }
            (None, None) => text.push(c),
        }
    }
    out.push((text, num.unwrap_or(0)));
    out
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Constants by name, with their file.
struct Consts<'a> {
    by_name: HashMap<&'a str, Vec<(FileId, &'a ConstSql)>>,
}

struct Assembler<'a> {
    db: &'a SourceDb,
    model: &'a super::Model,
    consts: &'a Consts<'a>,
    roots: &'a [std::path::PathBuf],
    text: String,
    segs: Vec<Seg>,
    holes: Vec<Hole>,
    complete: bool,
    binds: usize,
    sql_span: Option<Span>,
}

impl Assembler<'_> {
    fn push_text(&mut self, t: &str, origin: SegOrigin) {
        let start = self.text.len();
        self.text.push_str(t);
        self.segs.push(Seg { start, end: self.text.len(), origin });
    }

    fn pieces(&mut self, file: FileId, pieces: &[Piece], depth: usize) {
        for p in pieces {
            match p {
                Piece::Lit(l) => {
                    self.sql_span.get_or_insert(l.span);
                    self.push_text(&l.value, SegOrigin::Lit { span: l.span, value_start: l.value_start });
                }
                Piece::Bind => {
                    self.binds += 1;
                    let t = format!("${}", self.binds);
                    self.push_text(&t, SegOrigin::Synthetic);
                }
                Piece::Hole(h) => {
                    let t = format!("__ll_dyn{}", self.holes.len());
                    self.holes.push(h.clone());
                    self.push_text(&t, SegOrigin::Synthetic);
                }
                Piece::Opaque => self.complete = false,
                Piece::Const { path, span } => {
                    self.sql_span.get_or_insert(*span);
                    match self.resolve_const(file, path) {
                        Some((cf, c)) if depth < 4 => self.pieces(cf, &c.pieces, depth + 1),
                        _ => self.complete = false,
                    }
                }
                Piece::File { path, span, include } => {
                    self.sql_span.get_or_insert(*span);
                    let f = self.db.get(file);
                    let base = if *include {
                        f.path.parent().map(Path::to_path_buf)
                    } else {
                        f.package.and_then(|p| self.roots.get(p).cloned())
                    };
                    let target = base.map(|b| crate::source::discover::clean(&b.join(path)));
                    let found = target
                        .and_then(|t| self.db.files().iter().find(|sf| sf.path == t && sf.kind == FileKind::Query));
                    match found {
                        Some(sf) => {
                            let text = sf.text.clone();
                            self.push_text(&text, SegOrigin::File { file: sf.id, offset: 0 })
                        }
                        None => self.complete = false,
                    }
                }
            }
        }
    }

    fn resolve_const<'c>(&self, file: FileId, path: &[String]) -> Option<(FileId, &'c ConstSql)>
    where
        Self: 'c,
    {
        let _ = self.model;
        let name = path.last()?;
        let cands = self.consts.by_name.get(name.as_str())?;
        let pkg = self.db.get(file).package;
        let same_pkg: Vec<&(FileId, &ConstSql)> =
            cands.iter().filter(|(f, _)| self.db.get(*f).package == pkg).collect();
        let pool: Vec<&(FileId, &ConstSql)> = if same_pkg.is_empty() { cands.iter().collect() } else { same_pkg };
        if pool.len() == 1 {
            return Some((pool[0].0, pool[0].1));
        }
        // Several of that name: the one whose module path ends with the written qualifier.
        let qual: Vec<&String> =
            path[..path.len() - 1].iter().filter(|s| !matches!(s.as_str(), "crate" | "self" | "super")).collect();
        let here = self.model.modules.get(&file).map(|m| m.module.clone());
        pool.into_iter()
            .find(|(f, c)| {
                let mut m = self.model.modules.get(f).map(|m| m.module.clone()).unwrap_or_default();
                m.extend(c.module.iter().cloned());
                if qual.is_empty() {
                    Some(&m) == here.as_ref()
                } else {
                    m.len() >= qual.len() && m[m.len() - qual.len()..].iter().zip(&qual).all(|(a, b)| a == *b)
                }
            })
            .map(|(f, c)| (*f, *c))
    }
}

/// Builds the tenancy part of the model.
pub fn build(db: &SourceDb, model: &super::Model, ids: &[FileId], roots: &[std::path::PathBuf]) -> Tenancy {
    let (schema, notes) = schema(db, &model.facts, ids);
    let mut consts = Consts { by_name: HashMap::new() };
    let mut closed_fns = HashSet::new();
    for id in ids {
        let pkg = db.get(*id).package;
        for c in &model.facts[id].const_sql {
            consts.by_name.entry(c.name.as_str()).or_default().push((*id, c));
        }
        for f in &model.facts[id].closed_fns {
            closed_fns.insert((pkg, f.clone()));
        }
    }
    let sites: Vec<(FileId, &QueryFact)> =
        ids.iter().flat_map(|id| model.facts[id].queries.iter().map(move |q| (*id, q))).collect();
    let queries: Vec<QuerySite> = sites
        .par_iter()
        .map(|(id, q)| {
            let mut a = Assembler {
                db,
                model,
                consts: &consts,
                roots,
                text: String::new(),
                segs: Vec::new(),
                holes: Vec::new(),
                complete: true,
                binds: 0,
                sql_span: None,
            };
            a.pieces(*id, &q.pieces, 0);
            let judged = a.complete && q.statement && !a.text.trim().is_empty();
            QuerySite {
                file: *id,
                item_path: model.item_path(*id, &q.item_path),
                api: q.api.clone(),
                call: q.call,
                text: a.text,
                segs: a.segs,
                holes: a.holes,
                judged,
                sql_span: a.sql_span,
                migration_tooling: under_migrations(&db.get(*id).display),
            }
        })
        .collect();
    // sea-orm entities by the last segment of their module path (`project`).
    let mut entities: HashMap<String, String> = HashMap::new();
    for id in ids {
        for e in &model.facts[id].sea_entities {
            let mut m = model.modules.get(id).map(|m| m.module.clone()).unwrap_or_default();
            m.extend(e.module.iter().cloned());
            if let Some(last) = m.last() {
                entities.insert(last.clone(), e.table.to_lowercase());
            }
        }
    }
    let mut dsl = Vec::new();
    for id in ids {
        let ff = &model.facts[id];
        if under_migrations(&db.get(*id).display) {
            continue;
        }
        for d in &ff.dsl {
            if let Some(table) = dsl_table(model, &schema, &entities, *id, ff, d) {
                dsl.push(Located {
                    file: *id,
                    item_path: model.item_path(*id, &d.item_path),
                    fact: DslSite { table, fact: d.clone() },
                });
            }
        }
    }
    Tenancy { schema, queries, dsl, closed_fns, notes }
}

/// The table an ORM chain starts from, when the schema knows it.
fn dsl_table(
    model: &super::Model,
    schema: &Schema,
    entities: &HashMap<String, String>,
    file: FileId,
    ff: &FileFacts,
    d: &DslFact,
) -> Option<String> {
    match d.orm {
        Orm::Diesel => {
            let t = d.root.first()?.to_lowercase();
            if d.bare {
                // A bare name is a table only with `use ..::<table>::dsl::*` (or `schema::*`).
                let imported = ff.uses.iter().any(|u| {
                    u.glob && (u.path.iter().any(|p| p == &t) || u.path.last().is_some_and(|l| l == "schema"))
                });
                if !imported {
                    return None;
                }
            }
            schema.tables.contains_key(&t).then_some(t)
        }
        Orm::SeaOrm => {
            // `project::Entity` / `project::ActiveModel` → module `project`; an alias
            // (`Project`) through the `use` map, else by its snake-case name.
            let root = &d.root;
            let module = if root.len() >= 2 {
                root[root.len() - 2].clone()
            } else {
                let alias = root.first()?;
                let target = ff.uses.iter().find(|u| !u.glob && &u.alias == alias).map(|u| u.path.clone());
                match target {
                    Some(p) if p.len() >= 2 && p.last().is_some_and(|l| l == "Entity") => p[p.len() - 2].clone(),
                    Some(p) if p.len() >= 2 => p[p.len() - 1].clone(),
                    _ if alias == "Entity" || alias == "ActiveModel" => {
                        model.modules.get(&file).and_then(|m| m.module.last().cloned()).unwrap_or_default()
                    }
                    _ => snake(alias),
                }
            };
            // The entity declared in a module of that name.
            let found = entities.get(&module).cloned();
            found.filter(|t| schema.tables.contains_key(t))
        }
    }
}

const MIGRATION_TABLES: &[&str] = &["_sqlx_migrations", "__diesel_schema_migrations", "seaql_migrations"];
const USER_COLUMNS: &[&str] = &["user_id", "member_id", "account_id"];

fn membership_name(t: &str) -> bool {
    ["member", "membership", "_users", "_roles", "acl", "permission", "grant"].iter().any(|k| t.contains(k))
}

/// The tenant table a tenant column points to: its foreign key, else the plural of its stem.
fn tenant_table_of(schema: &Schema, t: &SchemaTable, col: &str) -> Option<String> {
    if let Some(r) = t.column(col).and_then(|c| c.references.clone()) {
        return Some(r);
    }
    let stem = col.strip_suffix("_id")?;
    let mut cands = vec![format!("{stem}s"), stem.to_string()];
    if stem == "org" {
        cands.push("organizations".into());
    }
    cands.into_iter().find(|c| schema.tables.contains_key(c))
}

/// How each table is treated for one package's configuration.
#[derive(Debug, Clone)]
pub struct Classified {
    pub view: TenantView,
    /// Tenant-scoped tables: (table, column).
    pub scoped: Vec<(String, String)>,
    pub tenant_tables: Vec<String>,
    pub protected: Vec<String>,
    pub global: Vec<String>,
}

impl Tenancy {
    /// Parses and analyzes every judged query on the worker pool (the syntax trees are dropped
    /// as soon as each query is analyzed): the tenant-scoped tables each one leaves unscoped,
    /// by query index. `classified` gives the view of each package.
    pub fn unscoped(&self, db: &SourceDb, classified: &HashMap<Option<usize>, Classified>) -> Vec<(usize, Unscoped)> {
        if self.schema.tables.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<(usize, Unscoped)> = self
            .queries
            .par_iter()
            .enumerate()
            .filter(|(_, q)| q.judged && !q.migration_tooling)
            .flat_map_iter(|(i, q)| {
                let c = classified.get(&db.get(q.file).package);
                let Some(c) = c.filter(|c| !c.scoped.is_empty()) else {
                    return Vec::new();
                };
                // Cheap pre-check: the text must name a tenant-scoped table.
                let lower = q.text.to_lowercase();
                if !c.scoped.iter().any(|(t, _)| lower.contains(t.as_str())) {
                    return Vec::new();
                }
                let parsed = sql::parse(&q.text);
                analyze(&q.text, &parsed, &c.view).into_iter().map(|u| (i, u)).collect()
            })
            .collect();
        out.sort_by_key(|(i, u)| (*i, u.range));
        out
    }

    /// Classifies the schema's tables with the `[tenancy]` settings of `package`.
    pub fn classify(&self, config: &Config, package: Option<usize>) -> Classified {
        let columns = config.tenancy_columns(package);
        let extra = config.tenancy_tables(package);
        let global = config.global_tables(package);
        let mut out = Classified {
            view: TenantView::default(),
            scoped: Vec::new(),
            tenant_tables: Vec::new(),
            protected: Vec::new(),
            global: Vec::new(),
        };
        let mut tenant_tables: HashSet<String> = HashSet::new();
        let mut scoped: Vec<(String, String)> = Vec::new();
        for (name, t) in &self.schema.tables {
            if global.iter().any(|g| g.eq_ignore_ascii_case(name)) || MIGRATION_TABLES.contains(&name.as_str()) {
                out.global.push(name.clone());
                continue;
            }
            let col = columns.iter().find(|c| t.column(&c.to_lowercase()).is_some()).map(|c| c.to_lowercase());
            let col = match col {
                Some(c) => Some(c),
                None if extra.iter().any(|x| x.eq_ignore_ascii_case(name)) => columns.first().map(|c| c.to_lowercase()),
                None => None,
            };
            if let Some(c) = col {
                if let Some(tt) = tenant_table_of(&self.schema, t, &c) {
                    tenant_tables.insert(tt);
                }
                scoped.push((name.clone(), c));
            }
        }
        for (name, t) in &self.schema.tables {
            let mut info =
                TableInfo { columns: t.columns.iter().map(|c| c.name.clone()).collect(), ..TableInfo::default() };
            if out.global.contains(name) {
                out.view.tables.insert(name.clone(), info);
                continue;
            }
            if tenant_tables.contains(name) && !scoped.iter().any(|(s, _)| s == name) {
                info.is_tenant = true;
                out.tenant_tables.push(name.clone());
            } else if let Some((_, c)) = scoped.iter().find(|(s, _)| s == name) {
                if t.rls.is_some() {
                    info.protected = true;
                    out.protected.push(name.clone());
                } else {
                    info.tenant_column = Some(c.clone());
                    if membership_name(name) {
                        info.member_column = USER_COLUMNS.iter().find(|u| t.column(u).is_some()).map(|u| u.to_string());
                    }
                    out.scoped.push((name.clone(), c.clone()));
                }
            }
            out.view.tables.insert(name.clone(), info);
        }
        out
    }

    /// Whether a hole's value is safe, resolving method names against the crate's closed fns.
    pub fn hole_safe(&self, package: Option<usize>, s: &Safety) -> bool {
        match s {
            Safety::Safe => true,
            Safety::Method(name, inner) => {
                self.closed_fns.contains(&(package, name.clone())) || self.hole_safe(package, inner)
            }
            Safety::Dynamic { .. } => false,
        }
    }

    /// Lines for `cargo launchlint check -v`.
    pub fn summary(&self, config: &Config, db: &SourceDb) -> Vec<String> {
        if self.schema.tables.is_empty() {
            return vec!["tenancy: no schema found (migrations, diesel table!, sea-orm entities); tenant filters are not checked".to_string()];
        }
        let c = self.classify(config, None);
        let at = |s: Option<Span>| {
            s.map(|s| {
                let f = db.get(s.file);
                format!("{}:{}", f.display, f.line_col(s.start as usize).0)
            })
            .unwrap_or_else(|| "?".to_string())
        };
        let mut out = vec![format!(
            "tenancy: {} tables ({} tenant-scoped, {} RLS-protected, {} tenant tables); {} query sites, {} ORM chains",
            self.schema.tables.len(),
            c.scoped.len(),
            c.protected.len(),
            c.tenant_tables.len(),
            self.queries.len(),
            self.dsl.len()
        )];
        for (name, t) in &self.schema.tables {
            let what = if let Some((_, col)) = c.scoped.iter().find(|(s, _)| s == name) {
                let col_at = at(t.column(col).and_then(|c| c.at));
                let member = c
                    .view
                    .tables
                    .get(name)
                    .and_then(|i| i.member_column.clone())
                    .map(|m| format!(", membership by `{m}`"))
                    .unwrap_or_default();
                format!("tenant-scoped by `{col}` ({col_at}){member}")
            } else if c.protected.contains(name) {
                format!("RLS-protected ({} policies, {})", t.policies, at(t.rls))
            } else if c.tenant_tables.contains(name) {
                "tenant table".to_string()
            } else if c.global.contains(name) {
                "global (configured)".to_string()
            } else {
                let indirect = t
                    .columns
                    .iter()
                    .filter_map(|col| col.references.as_ref())
                    .find(|r| c.scoped.iter().any(|(s, _)| s == *r));
                match indirect {
                    Some(r) => format!("not tenant-scoped (indirectly through `{r}`)"),
                    None => "not tenant-scoped".to_string(),
                }
            };
            out.push(format!("tenancy:   {name}: {what}; declared in {} {}", t.source.as_str(), at(t.at)));
        }
        out.extend(self.notes.iter().cloned());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::natural_key;
    use std::path::Path;

    #[test]
    fn refinery_versions_sort_numerically() {
        let mut v = ["migrations/V10__c.sql", "migrations/V2__b.sql", "migrations/V1__a.sql"];
        v.sort_by_key(|p| natural_key(Path::new(p)));
        assert_eq!(v, ["migrations/V1__a.sql", "migrations/V2__b.sql", "migrations/V10__c.sql"]);
        let mut d = ["m/2024-01-02-000000_b/up.sql", "m/2023-12-31-000000_a/up.sql"];
        d.sort_by_key(|p| natural_key(Path::new(p)));
        assert_eq!(d[0], "m/2023-12-31-000000_a/up.sql");
    }
}
