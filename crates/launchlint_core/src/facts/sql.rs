//! SQL query sites: sqlx functions and macros, `QueryBuilder`, diesel `sql_query`/`dsl::sql`,
//! sea-orm `Statement`/`execute_unprepared`/`Expr::cust`. Each site records its SQL as pieces
//! (literals, `const` paths, files, bound parameters and interpolated holes), following `let`
//! bindings, `format!`, `+`, `push_str` and `QueryBuilder::push` within the enclosing fn.

use super::{last_segment, path_string, peel, strlit, Scope, SpanMap};
use crate::source::Span;
use std::collections::HashMap;
use syn::punctuated::Punctuated;
use syn::{Expr, Token};

/// A piece of a string literal's value: `value` is `literal_value[value_start..]` (up to its
/// length); `span` is the whole literal token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LitPiece {
    pub value: String,
    pub span: Span,
    pub value_start: usize,
}

/// Whether an interpolated value can carry attacker text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Safety {
    /// Literals, constants, closed `match`es, numbers, UUIDs.
    Safe,
    /// `x.method()` or `method(x)`: safe when the crate's fn of that name returns only literals;
    /// otherwise as the inner value.
    Method(String, Box<Safety>),
    /// Anything else. `direct`: a plain variable or parameter (high confidence).
    Dynamic { direct: bool },
}

/// Interpolated text inside SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hole {
    /// The placeholder (`{sort}`) or the argument.
    pub label: Span,
    /// The value as written, for messages.
    pub text: String,
    pub safety: Safety,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Lit(LitPiece),
    /// A `const`/`static` (or an unresolved path), resolved by the model.
    Const {
        path: Vec<String>,
        span: Span,
    },
    /// `include_str!("..")` relative to the current file, or a `query_file!` path relative to the
    /// package root.
    File {
        path: String,
        span: Span,
        include: bool,
    },
    /// `push_bind(..)`: a bound parameter.
    Bind,
    Hole(Hole),
    /// A value the analysis cannot see (a parameter holding the whole SQL).
    Opaque,
}

/// One place where SQL reaches a database API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryFact {
    /// `sqlx::query_as`, `sqlx::query!`, `QueryBuilder`, `diesel::sql_query`, ...
    pub api: String,
    pub pieces: Vec<Piece>,
    /// The call (secondary label of interpolation findings).
    pub call: Span,
    /// File-relative path of the enclosing item (`db::posts::find`).
    pub item_path: String,
    /// A whole statement (judged for tenancy); `false` for fragments (`Expr::cust`, `dsl::sql`).
    pub statement: bool,
}

/// Names of local values and what they hold, per fn.
#[derive(Debug, Clone)]
enum Local {
    /// SQL text being built.
    Text(Vec<Piece>),
    /// A `QueryBuilder` (index into `builders`).
    Builder(usize),
    /// A value that cannot carry attacker text.
    Safe,
}

#[derive(Debug, Clone)]
struct Builder {
    pieces: Vec<Piece>,
    call: Span,
    item_path: String,
}

#[derive(Default)]
pub struct SqlEval {
    locals: Vec<HashMap<String, Local>>,
    builders: Vec<Vec<Builder>>,
    pub out: Vec<QueryFact>,
    /// Whether the file imports sqlx (bare `query_as!`, `query(..)`).
    pub uses_sqlx: bool,
    pub uses_diesel: bool,
    pub uses_sea_orm: bool,
    /// `use diesel::dsl::sql;` (a bare `sql::<Bool>(..)` is diesel's).
    pub imports_dsl_sql: bool,
}

const SAFE_TYPES: &[&str] = &[
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
    "bool",
    "Uuid",
    "NaiveDate",
    "NaiveDateTime",
    "DateTime",
    "NonZeroU32",
    "NonZeroU64",
    "NonZeroUsize",
    "Ulid",
];

/// Methods whose result is a number or otherwise harmless in SQL text.
const SAFE_METHODS: &[&str] = &["len", "count", "is_empty", "timestamp", "as_u128", "to_hyphenated"];

/// Methods that pass their receiver's text through.
const TRANSPARENT: &[&str] = &[
    "to_string",
    "as_str",
    "clone",
    "as_ref",
    "to_owned",
    "into",
    "trim",
    "to_lowercase",
    "to_uppercase",
    "as_deref",
    "unwrap",
    "unwrap_or_default",
    "deref",
];

const SQLX_FNS: &[&str] =
    &["query", "query_as", "query_scalar", "query_with", "query_as_with", "query_scalar_with", "raw_sql"];

fn safe_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => safe_type(&r.elem),
        syn::Type::Path(p) => {
            p.path.segments.last().is_some_and(|s| SAFE_TYPES.contains(&s.ident.to_string().as_str()))
        }
        _ => false,
    }
}

fn is_screaming(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Whether an expression evaluates to one of a fixed set of literals (`match` / `if` arms).
pub fn closed_literals(e: &Expr) -> bool {
    match peel(e) {
        Expr::Lit(_) => true,
        Expr::Match(m) => !m.arms.is_empty() && m.arms.iter().all(|a| closed_literals(&a.body)),
        Expr::If(i) => i.else_branch.as_ref().is_some_and(|(_, e)| closed_literals(e)) && block_closed(&i.then_branch),
        Expr::Block(b) => block_closed(&b.block),
        _ => false,
    }
}

fn block_closed(b: &syn::Block) -> bool {
    match b.stmts.last() {
        Some(syn::Stmt::Expr(e, None)) => b.stmts.len() == 1 && closed_literals(e),
        _ => false,
    }
}

/// A fn body returning only literals (`fn as_str(self) -> &'static str { match self { .. } }`).
pub fn fn_returns_closed(block: &syn::Block) -> bool {
    block_closed(block)
}

fn macro_args(m: &syn::Macro) -> Option<Vec<Expr>> {
    m.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated).ok().map(|p| p.into_iter().collect())
}

impl SqlEval {
    pub fn enter_fn(&mut self, sig: &syn::Signature) {
        let mut env = HashMap::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(t) = input {
                if let syn::Pat::Ident(pi) = &*t.pat {
                    if safe_type(&t.ty) {
                        env.insert(pi.ident.to_string(), Local::Safe);
                    }
                }
            }
        }
        self.locals.push(env);
        self.builders.push(Vec::new());
    }

    pub fn exit_fn(&mut self) {
        self.locals.pop();
        if let Some(bs) = self.builders.pop() {
            for b in bs {
                self.out.push(QueryFact {
                    api: "QueryBuilder".to_string(),
                    pieces: b.pieces,
                    call: b.call,
                    item_path: b.item_path,
                    statement: true,
                });
            }
        }
    }

    fn local(&self, name: &str) -> Option<&Local> {
        self.locals.last().and_then(|l| l.get(name))
    }

    fn set_local(&mut self, name: String, v: Local) {
        if let Some(l) = self.locals.last_mut() {
            l.insert(name, v);
        }
    }

    fn in_fn(&self) -> bool {
        !self.locals.is_empty()
    }

    /// The text of a `const`/`static` initializer, when it is a literal, `concat!` or
    /// `include_str!`.
    pub fn const_text(&self, map: SpanMap, e: &Expr) -> Option<Vec<Piece>> {
        match peel(e) {
            Expr::Lit(_) | Expr::Macro(_) => self.string_building(map, e),
            _ => None,
        }
    }

    /// Records what a `let` binds. Never stops the walk.
    pub fn on_local(&mut self, map: SpanMap, scope: &Scope, local: &syn::Local) {
        if !self.in_fn() {
            return;
        }
        let (name, ty) = match &local.pat {
            syn::Pat::Ident(pi) => (pi.ident.to_string(), None),
            syn::Pat::Type(pt) => match &*pt.pat {
                syn::Pat::Ident(pi) => (pi.ident.to_string(), Some(&*pt.ty)),
                _ => return,
            },
            _ => return,
        };
        if ty.is_some_and(safe_type) {
            self.set_local(name, Local::Safe);
            return;
        }
        let Some(init) = &local.init else { return };
        let e = peel(&init.expr);
        // `QueryBuilder::new(..)` / `QueryBuilder::<Postgres>::new(..)`.
        if let Expr::Call(c) = e {
            if let Expr::Path(p) = &*c.func {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                if segs.len() >= 2 && segs[segs.len() - 2] == "QueryBuilder" && segs[segs.len() - 1] == "new" {
                    let pieces = c.args.first().map(|a| self.text_of(map, a, false)).unwrap_or_default();
                    let idx = self.builders.last().map_or(0, Vec::len);
                    if let Some(bs) = self.builders.last_mut() {
                        bs.push(Builder { pieces, call: map.node(&c.func), item_path: scope.item_path() });
                    }
                    self.set_local(name, Local::Builder(idx));
                    return;
                }
            }
        }
        // `let sep = qb.separated(", ")`.
        if let Expr::MethodCall(m) = e {
            if m.method == "separated" {
                if let Some(Local::Builder(i)) = self.root_local(&m.receiver) {
                    self.set_local(name, Local::Builder(i));
                    return;
                }
            }
        }
        if closed_literals(e) {
            self.set_local(name, Local::Safe);
            return;
        }
        if let Some(pieces) = self.string_building(map, e) {
            self.set_local(name, Local::Text(pieces));
        } else if let Local::Safe = self.value_local(e) {
            self.set_local(name, Local::Safe);
        } else if let Some(l) = self.locals.last_mut() {
            // Shadowed by something else.
            l.remove(&name);
        }
    }

    fn value_local(&self, e: &Expr) -> Local {
        match self.safety(e) {
            Safety::Safe => Local::Safe,
            _ => Local::Text(vec![Piece::Opaque]),
        }
    }

    fn root_local(&self, e: &Expr) -> Option<Local> {
        match peel(e) {
            Expr::Path(p) if p.path.segments.len() == 1 => self.local(&p.path.segments[0].ident.to_string()).cloned(),
            Expr::MethodCall(m) => self.root_local(&m.receiver),
            Expr::Unary(u) => self.root_local(&u.expr),
            _ => None,
        }
    }

    /// The pieces of an expression that visibly builds SQL text (literal, `format!`, `+`,
    /// `String::from`, `concat!`, a tracked local); `None` otherwise.
    fn string_building(&self, map: SpanMap, e: &Expr) -> Option<Vec<Piece>> {
        match peel(e) {
            Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(vec![lit_piece(map, s)]),
            Expr::Macro(m) => {
                let name = last_segment(&m.mac.path);
                match name.as_str() {
                    "format" | "concat" | "include_str" => Some(self.macro_text(map, &m.mac)),
                    _ => None,
                }
            }
            Expr::Binary(b) if matches!(b.op, syn::BinOp::Add(_)) => {
                let mut l = self.string_building(map, &b.left)?;
                l.extend(self.text_of(map, &b.right, true));
                Some(l)
            }
            Expr::Call(c) => {
                let f = match &*c.func {
                    Expr::Path(p) => path_string(&p.path),
                    _ => return None,
                };
                match f.as_str() {
                    "String::from" | "String::new" | "AssertSqlSafe" | "sqlx::AssertSqlSafe" => {
                        Some(c.args.first().map_or_else(Vec::new, |a| self.text_of(map, a, true)))
                    }
                    _ => None,
                }
            }
            Expr::MethodCall(m) if TRANSPARENT.contains(&m.method.to_string().as_str()) => {
                self.string_building(map, &m.receiver)
            }
            Expr::Path(p) if p.path.segments.len() == 1 => match self.local(&p.path.segments[0].ident.to_string()) {
                Some(Local::Text(t)) => Some(t.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    fn macro_text(&self, map: SpanMap, m: &syn::Macro) -> Vec<Piece> {
        let name = last_segment(&m.path);
        let Some(args) = macro_args(m) else {
            return vec![Piece::Opaque];
        };
        match name.as_str() {
            "concat" => args.iter().flat_map(|a| self.text_of(map, a, true)).collect(),
            "include_str" => match args.first().map(peel) {
                Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) => {
                    vec![Piece::File { path: s.value(), span: map.span(s.span()), include: true }]
                }
                _ => vec![Piece::Opaque],
            },
            _ => self.format_pieces(map, &args),
        }
    }

    /// `format!("..{x}..{}", y)`: text pieces and holes.
    fn format_pieces(&self, map: SpanMap, args: &[Expr]) -> Vec<Piece> {
        let Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(fmt), .. })) = args.first().map(peel) else {
            return vec![Piece::Opaque];
        };
        let mut positional: Vec<&Expr> = Vec::new();
        let mut named: HashMap<String, &Expr> = HashMap::new();
        for a in &args[1..] {
            if let Expr::Assign(asg) = a {
                if let Expr::Path(p) = &*asg.left {
                    named.insert(last_segment(&p.path), &asg.right);
                    continue;
                }
            }
            positional.push(a);
        }
        let value = fmt.value();
        let lit_span = map.span(fmt.span());
        let src = fmt.token().to_string();
        let v = value.as_bytes();
        let mut out = Vec::new();
        let mut seg = 0;
        let mut i = 0;
        let mut next_pos = 0;
        let push_lit = |out: &mut Vec<Piece>, a: usize, b: usize| {
            if b > a {
                out.push(Piece::Lit(LitPiece { value: value[a..b].to_string(), span: lit_span, value_start: a }));
            }
        };
        while i < v.len() {
            match v[i] {
                b'{' if v.get(i + 1) == Some(&b'{') => {
                    push_lit(&mut out, seg, i + 1);
                    i += 2;
                    seg = i;
                }
                b'}' if v.get(i + 1) == Some(&b'}') => {
                    push_lit(&mut out, seg, i + 1);
                    i += 2;
                    seg = i;
                }
                b'{' => {
                    let Some(close) = value[i..].find('}').map(|c| i + c) else {
                        break;
                    };
                    push_lit(&mut out, seg, i);
                    let content = &value[i + 1..close];
                    let arg = content.split(':').next().unwrap_or("").trim();
                    let placeholder = {
                        let s = strlit::source_offset(&src, i);
                        let e = strlit::source_offset(&src, close + 1).or_else(|| s.map(|s| s + close + 1 - i));
                        match (s, e) {
                            (Some(s), Some(e)) => {
                                Span::new(lit_span.file, lit_span.start as usize + s, lit_span.start as usize + e)
                            }
                            _ => lit_span,
                        }
                    };
                    let expr: Option<&Expr> = if arg.is_empty() {
                        let e = positional.get(next_pos).copied();
                        next_pos += 1;
                        e
                    } else if let Ok(n) = arg.parse::<usize>() {
                        positional.get(n).copied()
                    } else {
                        named.get(arg).copied()
                    };
                    let hole = match expr {
                        Some(e) => Hole {
                            // An explicit argument (positional or `name = expr`).
                            label: map.node(e),
                            text: super::tokens_text(e),
                            safety: self.safety(e),
                        },
                        None => {
                            // Implicit capture: `{sort}`.
                            let safety = match self.local(arg) {
                                Some(Local::Safe) => Safety::Safe,
                                _ if is_screaming(arg) => Safety::Safe,
                                _ => Safety::Dynamic { direct: true },
                            };
                            Hole { label: placeholder, text: arg.to_string(), safety }
                        }
                    };
                    out.push(Piece::Hole(hole));
                    i = close + 1;
                    seg = i;
                }
                _ => i += 1,
            }
        }
        push_lit(&mut out, seg, v.len());
        out
    }

    /// Whether a value interpolated into SQL can carry attacker text.
    fn safety(&self, e: &Expr) -> Safety {
        match peel(e) {
            Expr::Lit(_) => Safety::Safe,
            Expr::Path(p) => {
                let last = last_segment(&p.path);
                if p.path.segments.len() == 1 {
                    match self.local(&last) {
                        Some(Local::Safe) => Safety::Safe,
                        Some(Local::Text(t)) if t.iter().all(piece_safe) => Safety::Safe,
                        _ if is_screaming(&last) => Safety::Safe,
                        _ => Safety::Dynamic { direct: true },
                    }
                } else if is_screaming(&last) {
                    Safety::Safe
                } else {
                    Safety::Dynamic { direct: false }
                }
            }
            Expr::Match(_) | Expr::If(_) if closed_literals(e) => Safety::Safe,
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                if SAFE_METHODS.contains(&name.as_str()) {
                    return Safety::Safe;
                }
                let inner = self.safety(&m.receiver);
                if TRANSPARENT.contains(&name.as_str()) && name != "as_str" {
                    return inner;
                }
                Safety::Method(name, Box::new(inner))
            }
            Expr::Call(c) => match &*c.func {
                Expr::Path(p) => {
                    let inner = c.args.first().map_or(Safety::Dynamic { direct: false }, |a| self.safety(a));
                    Safety::Method(last_segment(&p.path), Box::new(inner))
                }
                _ => Safety::Dynamic { direct: false },
            },
            Expr::Macro(m) if last_segment(&m.mac.path) == "format" => {
                let pieces = self.macro_text(SpanMap { file: crate::source::FileId(0) }, &m.mac);
                if pieces.iter().all(piece_safe) {
                    Safety::Safe
                } else {
                    Safety::Dynamic { direct: false }
                }
            }
            _ => Safety::Dynamic { direct: false },
        }
    }

    /// The SQL pieces of an expression. `hole_if_unknown`: inside string building, an unknown
    /// value is interpolated text; as a whole argument it is just not visible.
    fn text_of(&self, map: SpanMap, e: &Expr, hole_if_unknown: bool) -> Vec<Piece> {
        if let Some(p) = self.string_building(map, e) {
            return p;
        }
        match peel(e) {
            Expr::Path(p) => {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let last = segs.last().cloned().unwrap_or_default();
                if segs.len() > 1 || is_screaming(&last) {
                    return vec![Piece::Const { path: segs, span: map.node(e) }];
                }
            }
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                return self.text_of(map, &u.expr, hole_if_unknown)
            }
            Expr::Index(ix) => return self.text_of(map, &ix.expr, hole_if_unknown),
            _ => {}
        }
        if hole_if_unknown {
            vec![Piece::Hole(Hole {
                label: map.node(peel(e)),
                text: super::tokens_text(peel(e)),
                safety: self.safety(e),
            })]
        } else {
            vec![Piece::Opaque]
        }
    }

    /// Looks at one expression; returns `true` when it handled the whole expression (the
    /// walker then visits only what is passed back in `rest`).
    pub fn on_expr<'e>(&mut self, map: SpanMap, scope: &Scope, e: &'e Expr, rest: &mut Vec<&'e Expr>) -> bool {
        if !self.in_fn() {
            return false;
        }
        match e {
            Expr::Call(c) => {
                let Expr::Path(p) = &*c.func else {
                    return false;
                };
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let last = segs.last().map(String::as_str).unwrap_or("");
                let first = segs.first().map(String::as_str).unwrap_or("");
                let qualified = segs.len() > 1;
                let (api, idx, statement) =
                    if SQLX_FNS.contains(&last) && ((qualified && first == "sqlx") || (!qualified && self.uses_sqlx)) {
                        (format!("sqlx::{last}"), 0, true)
                    } else if last == "sql_query" && ((qualified && first == "diesel") || self.uses_diesel) {
                        ("diesel::sql_query".to_string(), 0, true)
                    } else if last == "sql" && segs.len() >= 2 && segs[segs.len() - 2] == "dsl" && self.uses_diesel {
                        ("diesel::dsl::sql".to_string(), 0, false)
                    } else if segs.len() >= 2 && segs[segs.len() - 2] == "Statement" {
                        match last {
                            "from_string" => ("Statement::from_string".to_string(), 1, true),
                            "from_sql_and_values" => ("Statement::from_sql_and_values".to_string(), 1, true),
                            _ => return false,
                        }
                    } else if segs.len() >= 2
                        && segs[segs.len() - 2] == "Expr"
                        && (last == "cust" || last == "cust_with_values")
                        && self.uses_sea_orm
                    {
                        (format!("Expr::{last}"), 0, false)
                    } else if segs.len() == 1 && last == "sql" && self.imports_dsl_sql {
                        // `use diesel::dsl::sql;` then `sql::<Bool>(..)`.
                        ("diesel::dsl::sql".to_string(), 0, false)
                    } else {
                        return false;
                    };
                let Some(arg) = c.args.iter().nth(idx) else {
                    return false;
                };
                let pieces = self.text_of(map, arg, false);
                self.out.push(QueryFact {
                    api,
                    pieces,
                    call: map.node(&c.func),
                    item_path: scope.item_path(),
                    statement,
                });
                false
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                if name == "execute_unprepared" && self.uses_sea_orm {
                    if let Some(arg) = m.args.first() {
                        let pieces = self.text_of(map, arg, false);
                        self.out.push(QueryFact {
                            api: "execute_unprepared".to_string(),
                            pieces,
                            call: map.span(m.method.span()),
                            item_path: scope.item_path(),
                            statement: true,
                        });
                    }
                    return false;
                }
                // QueryBuilder chains: `qb.push(..).push_bind(..)`.
                let mut chain = Vec::new();
                let mut cur: &Expr = e;
                while let Expr::MethodCall(mc) = cur {
                    chain.push(mc);
                    cur = &mc.receiver;
                }
                let Some(Local::Builder(bi)) = self.root_local(cur) else {
                    return false;
                };
                for mc in chain.iter().rev() {
                    let method = mc.method.to_string();
                    let arg = mc.args.first();
                    let piece = match (method.as_str(), arg) {
                        ("push", Some(a)) => Some(self.text_of(map, a, true)),
                        ("push_bind" | "push_bind_unseparated", Some(_)) => Some(vec![Piece::Bind]),
                        ("push_unseparated", Some(a)) => Some(self.text_of(map, a, true)),
                        _ => None,
                    };
                    if let Some(p) = piece {
                        if let Some(b) = self.builders.last_mut().and_then(|bs| bs.get_mut(bi)) {
                            b.pieces.extend(p);
                        }
                    }
                    rest.extend(mc.args.iter());
                }
                true
            }
            Expr::Macro(m) => self.on_macro(map, scope, &m.mac),
            Expr::Assign(a) => {
                // `sql = sql + ".."` keeps building the local.
                if let Expr::Path(p) = &*a.left {
                    if p.path.segments.len() == 1 {
                        let name = p.path.segments[0].ident.to_string();
                        if let Some(pieces) = self.string_building(map, &a.right) {
                            self.set_local(name, Local::Text(pieces));
                        }
                    }
                }
                false
            }
            _ => false,
        }
    }

    /// A sqlx query macro (`query!`, `query_as!`, `query_file!`, `*_unchecked!`); `true` when
    /// it is one.
    pub fn on_macro(&mut self, map: SpanMap, scope: &Scope, mac: &syn::Macro) -> bool {
        if !self.in_fn() {
            return false;
        }
        let segs: Vec<String> = mac.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let last = segs.last().map(String::as_str).unwrap_or("");
        let qualified = segs.len() > 1 && segs[0] == "sqlx";
        if !(qualified || (segs.len() == 1 && self.uses_sqlx)) {
            return false;
        }
        let base = last.trim_end_matches("_unchecked");
        let (idx, file) = match base {
            "query" | "query_scalar" => (0, false),
            "query_as" => (1, false),
            "query_file" | "query_file_scalar" => (0, true),
            "query_file_as" => (1, true),
            _ => return false,
        };
        let Some(args) = macro_args(mac) else {
            return false;
        };
        let Some(arg) = args.get(idx) else {
            return false;
        };
        let pieces = if file {
            match peel(arg) {
                Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => {
                    vec![Piece::File { path: s.value(), span: map.span(s.span()), include: false }]
                }
                _ => vec![Piece::Opaque],
            }
        } else {
            self.text_of(map, arg, false)
        };
        self.out.push(QueryFact {
            api: format!("sqlx::{last}!"),
            pieces,
            call: map.node(&mac.path),
            item_path: scope.item_path(),
            statement: true,
        });
        true
    }

    /// `sql.push_str(x)` / `sql += x` on a tracked text local.
    pub fn on_append(&mut self, map: SpanMap, e: &Expr) {
        let (target, arg) = match e {
            Expr::MethodCall(m) if m.method == "push_str" || m.method == "push" => {
                match (peel(&m.receiver), m.args.first()) {
                    (Expr::Path(p), Some(a)) if p.path.segments.len() == 1 => (p.path.segments[0].ident.to_string(), a),
                    _ => return,
                }
            }
            Expr::Binary(b) if matches!(b.op, syn::BinOp::AddAssign(_)) => match peel(&b.left) {
                Expr::Path(p) if p.path.segments.len() == 1 => (p.path.segments[0].ident.to_string(), &*b.right),
                _ => return,
            },
            _ => return,
        };
        if let Some(Local::Text(_)) = self.local(&target) {
            let extra = self.text_of(map, arg, true);
            if let Some(Local::Text(t)) = self.locals.last_mut().and_then(|l| l.get_mut(&target)) {
                t.extend(extra);
            }
        }
    }
}

fn piece_safe(p: &Piece) -> bool {
    match p {
        Piece::Hole(h) => h.safety == Safety::Safe,
        Piece::Opaque => false,
        _ => true,
    }
}

fn lit_piece(map: SpanMap, s: &syn::LitStr) -> Piece {
    Piece::Lit(LitPiece { value: s.value(), span: map.span(s.span()), value_start: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::extract;
    use crate::source::FileId;

    fn queries(src: &str) -> Vec<QueryFact> {
        let ast = syn::parse_file(src).expect("parse");
        extract(FileId(0), &ast).queries
    }

    fn text(q: &QueryFact) -> String {
        q.pieces
            .iter()
            .map(|p| match p {
                Piece::Lit(l) => l.value.clone(),
                Piece::Bind => "?".to_string(),
                Piece::Hole(h) => format!("<{}:{}>", h.text, piece_safe(p)),
                Piece::Const { path, .. } => format!("[{}]", path.join("::")),
                Piece::File { path, .. } => format!("file:{path}"),
                Piece::Opaque => "<opaque>".to_string(),
            })
            .collect()
    }

    #[test]
    fn literal_macro_and_const_arguments() {
        let qs = queries(
            r#"
            use sqlx::query_as;
            async fn f(pool: &Pool, id: Uuid) {
                sqlx::query("SELECT 1 FROM t WHERE id = $1").bind(id);
                query_as::<_, T>(sql::FIND).bind(id);
                sqlx::query_as!(T, "SELECT * FROM t WHERE id = $1", id);
                sqlx::query_file!("queries/x.sql", id);
                sqlx::query(concat!("SELECT 1 ", "FROM t"));
            }
            "#,
        );
        let t: Vec<String> = qs.iter().map(text).collect();
        assert_eq!(
            t,
            [
                "SELECT 1 FROM t WHERE id = $1",
                "[sql::FIND]",
                "SELECT * FROM t WHERE id = $1",
                "file:queries/x.sql",
                "SELECT 1 FROM t",
            ]
        );
        assert_eq!(qs[0].item_path, "f");
    }

    #[test]
    fn format_holes_and_their_safety() {
        let qs = queries(
            r#"
            use sqlx;
            const TABLE: &str = "t";
            async fn f(pool: &Pool, sort: &str, limit: i64, kind: Kind) {
                let col = match kind { Kind::A => "a", Kind::B => "b" };
                let sql = format!("SELECT {{x}} FROM {TABLE} ORDER BY {sort}, {col} LIMIT {}", limit);
                sqlx::query(&sql);
            }
            "#,
        );
        assert_eq!(text(&qs[0]), "SELECT {x} FROM <TABLE:true> ORDER BY <sort:false>, <col:true> LIMIT <limit:true>");
    }

    #[test]
    fn string_building_with_push_str_and_plus() {
        let qs = queries(
            r#"
            use sqlx;
            async fn f(pool: &Pool, name: String) {
                let mut sql = String::from("SELECT * FROM t WHERE 1 = 1");
                sql.push_str(" AND name = '");
                sql.push_str(&name);
                sql += "'";
                sqlx::query(sql.as_str());
            }
            "#,
        );
        assert_eq!(text(&qs[0]), "SELECT * FROM t WHERE 1 = 1 AND name = '<name:false>'");
    }

    #[test]
    fn query_builder_pieces() {
        let qs = queries(
            r#"
            use sqlx::QueryBuilder;
            async fn f(pool: &Pool, ws: Uuid, col: String) {
                let mut qb = QueryBuilder::<Postgres>::new("SELECT * FROM t WHERE ws = ");
                qb.push_bind(ws).push(" ORDER BY ").push(col);
                qb.build().fetch_all(pool);
            }
            "#,
        );
        assert_eq!(qs[0].api, "QueryBuilder");
        assert_eq!(text(&qs[0]), "SELECT * FROM t WHERE ws = ? ORDER BY <col:false>");
    }

    #[test]
    fn a_parameter_holding_sql_is_opaque_not_a_hole() {
        let qs = queries("use sqlx; async fn run(pool: &Pool, sql: &str) { sqlx::query(sql); }");
        assert_eq!(text(&qs[0]), "<opaque>");
    }

    #[test]
    fn closed_literal_shapes() {
        let e: Expr = syn::parse_str(r#"match s { A => "a", B => { "b" } }"#).expect("expr");
        assert!(closed_literals(&e));
        let e: Expr = syn::parse_str(r#"if x { "a" } else { "b" }"#).expect("expr");
        assert!(closed_literals(&e));
        let e: Expr = syn::parse_str(r#"match s { A => "a", _ => other }"#).expect("expr");
        assert!(!closed_literals(&e));
    }

    #[test]
    fn orm_chains() {
        let ast = syn::parse_file(
            r#"
            use diesel::prelude::*;
            use sea_orm::EntityTrait;
            fn f(conn: &mut PgConnection, id: Uuid, ws: Uuid) {
                posts::table.find(id).first::<Post>(conn);
                diesel::update(posts::table.filter(posts::workspace_id.eq(ws))).set(x).execute(conn);
                post::Entity::find().filter(post::Column::WorkspaceId.eq(ws)).all(db);
                Post::find_by_id(id).one(db);
            }
            "#,
        )
        .expect("parse");
        let d = extract(FileId(0), &ast).dsl;
        assert_eq!(d.len(), 4);
        assert!(d[0].by_pk && d[0].filter_cols.is_empty() && d[0].root == ["posts"]);
        assert_eq!(d[1].filter_cols, ["workspace_id"]);
        assert_eq!(d[2].filter_cols, ["workspace_id"]);
        assert_eq!(d[3].root, ["Post"]);
    }
}
