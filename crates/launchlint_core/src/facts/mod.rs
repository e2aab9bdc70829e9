//! Per-file facts: plain `Send` data extracted from one syntax tree on the worker thread that
//! parsed it. Every span is converted to a [`Span`] (file + byte range) at once; nothing here
//! keeps a `syn` type.

pub mod actix;
pub mod attrs;
pub mod authcheck;
pub mod axum;
pub mod body_limit;
pub mod chain;
pub mod cookies;
pub mod cors;
pub mod debug_types;
pub mod dsl;
pub mod errors;
pub mod errscope;
pub mod fmt;
pub mod items;
pub mod jwt;
pub mod layers;
pub mod leaks;
pub mod logs;
pub mod names;
pub mod schema;
pub mod secret_text;
pub mod secrets;
pub mod settings;
pub mod sql;
pub mod status;
pub mod strlit;
pub mod types;
pub mod validation;
pub mod walk;

use crate::source::{FileId, Span};

/// Everything launchlint knows about one Rust file.
#[derive(Debug, Clone, Default)]
pub struct FileFacts {
    pub mods: Vec<items::ModDecl>,
    pub uses: Vec<items::UseFact>,
    pub fns: Vec<items::FnFact>,
    pub markers: Vec<attrs::Marker>,
    pub cors: Vec<cors::CorsValue>,
    pub routers: Vec<axum::RouterValue>,
    pub actix: Vec<actix::ActixValue>,
    pub structs: Vec<types::StructFact>,
    pub impls: Vec<types::ImplFact>,
    pub consts: Vec<types::ConstFact>,
    /// SQL query sites (sqlx, diesel `sql_query`, sea-orm statements, `QueryBuilder`).
    pub queries: Vec<sql::QueryFact>,
    /// diesel and sea-orm query chains.
    pub dsl: Vec<dsl::DslFact>,
    pub diesel_tables: Vec<schema::DieselTable>,
    pub sea_entities: Vec<schema::SeaEntity>,
    pub const_sql: Vec<schema::ConstSql>,
    /// Fns (and methods) whose body returns only string literals (`Role::as_str`).
    pub closed_fns: Vec<String>,
    pub secrets: secrets::SecretScan,
    pub cookies: cookies::CookieEval,
    pub body_limits: body_limit::BodyLimitScan,
    pub logs: logs::LogScan,
    /// Structs for the `Debug` type index (secret_in_log).
    pub debug_structs: Vec<debug_types::StructFact>,
    /// Types with a hand-written `impl Debug`.
    pub debug_impls: Vec<String>,
    pub jwt: Vec<jwt::JwtFact>,
}

/// Converts proc-macro2 spans (with `span-locations`, byte offsets into the parsed file) into
/// [`Span`]s of one file.
#[derive(Debug, Clone, Copy)]
pub struct SpanMap {
    pub file: FileId,
}

impl SpanMap {
    pub fn span(&self, s: proc_macro2::Span) -> Span {
        let r = s.byte_range();
        Span::new(self.file, r.start, r.end)
    }

    /// The span of a whole syntax node.
    pub fn node(&self, n: &impl syn::spanned::Spanned) -> Span {
        self.span(n.span())
    }

    /// From the start of `a` to the end of `b`.
    pub fn join(&self, a: proc_macro2::Span, b: proc_macro2::Span) -> Span {
        let (ra, rb) = (a.byte_range(), b.byte_range());
        Span::new(self.file, ra.start, rb.end.max(ra.end))
    }
}

/// A condition gating code: an `if` condition (or its negation, in the `else` branch) or a
/// `#[cfg(..)]` attribute. Kept as a span; the text is read from the file only when a finding
/// needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Condition {
    pub span: Span,
    /// `false` in an `else` branch.
    pub holds: bool,
}

impl Condition {
    /// "`cfg!(debug_assertions)`" or "`cfg.dev_mode` is false", for notes.
    pub fn text(&self, db: &crate::source::SourceDb) -> String {
        let raw = db.get(self.span.file).snippet(&self.span).trim();
        let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if self.holds {
            format!("`{t}`")
        } else {
            format!("`{t}` is false")
        }
    }
}

/// Context shared by the extractors: where in the file we are.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Inline module path inside the file (`tests`, `api::v1`).
    pub module: Vec<String>,
    /// Item path inside the module (`build_cors`, `AppState::cors`).
    pub item: Vec<String>,
    /// Conditions that gate the current code (`cfg(feature = "dev")`, `cfg!(debug_assertions)`).
    pub conditions: Vec<Condition>,
}

impl Scope {
    /// `module::item` path relative to the file's module.
    pub fn item_path(&self) -> String {
        self.module.iter().chain(self.item.iter()).cloned().collect::<Vec<_>>().join("::")
    }
}

/// Extracts every fact of one parsed file.
pub fn extract(file: FileId, ast: &syn::File) -> FileFacts {
    let map = SpanMap { file };
    let mut facts = FileFacts::default();
    let mut walker = walk::Walker::new(map, &mut facts);
    syn::visit::Visit::visit_file(&mut walker, ast);
    walker.finish();
    facts
}

/// A path as written, segments joined by `::` (generic arguments dropped).
pub fn path_string(p: &syn::Path) -> String {
    let mut s = String::new();
    if p.leading_colon.is_some() {
        s.push_str("::");
    }
    for (i, seg) in p.segments.iter().enumerate() {
        if i > 0 {
            s.push_str("::");
        }
        s.push_str(&seg.ident.to_string());
    }
    s
}

/// The last segment of a path as a string.
pub fn last_segment(p: &syn::Path) -> String {
    p.segments.last().map(|s| s.ident.to_string()).unwrap_or_default()
}

/// Strips parentheses, groups and references around an expression.
pub fn peel(mut e: &syn::Expr) -> &syn::Expr {
    loop {
        match e {
            syn::Expr::Paren(p) => e = &p.expr,
            syn::Expr::Group(g) => e = &g.expr,
            syn::Expr::Reference(r) => e = &r.expr,
            _ => return e,
        }
    }
}

/// The string value of a literal expression (`"x"` or `r#"x"#`), if it is one.
pub fn lit_str(e: &syn::Expr) -> Option<String> {
    match peel(e) {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::ByteStr(s), .. }) => {
            Some(String::from_utf8_lossy(&s.value()).into_owned())
        }
        _ => None,
    }
}

/// The boolean value of a literal expression, if it is one.
pub fn lit_bool(e: &syn::Expr) -> Option<bool> {
    match peel(e) {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(b), .. }) => Some(b.value),
        _ => None,
    }
}

/// Source-like text of a token stream, for notes (`cfg!(debug_assertions)`).
pub fn tokens_text(t: &impl quote::ToTokens) -> String {
    let s = t.to_token_stream().to_string();
    // proc-macro2 prints `cfg ! (x)`: tighten the common cases.
    s.replace(" ! (", "!(")
        .replace("! ", "!")
        .replace(" ,", ",")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" :: ", "::")
        .replace(" . ", ".")
}

fn start(e: &syn::Expr) -> Option<proc_macro2::Span> {
    Some(match e {
        syn::Expr::Path(p) => p.path.segments.first()?.ident.span(),
        syn::Expr::MethodCall(m) => return start(&m.receiver),
        syn::Expr::Field(f) => return start(&f.base),
        syn::Expr::Call(c) => return start(&c.func),
        syn::Expr::Macro(m) => m.mac.path.segments.first()?.ident.span(),
        syn::Expr::Reference(r) => r.and_token.span,
        syn::Expr::Paren(p) => p.paren_token.span.open(),
        syn::Expr::Try(t) => return start(&t.expr),
        syn::Expr::Await(a) => return start(&a.base),
        syn::Expr::Index(i) => return start(&i.expr),
        syn::Expr::Lit(l) => l.lit.span(),
        _ => return None,
    })
}

fn end(e: &syn::Expr) -> Option<proc_macro2::Span> {
    Some(match e {
        syn::Expr::Path(p) => p.path.segments.last()?.ident.span(),
        syn::Expr::MethodCall(m) => m.paren_token.span.close(),
        syn::Expr::Field(f) => match &f.member {
            syn::Member::Named(n) => n.span(),
            syn::Member::Unnamed(i) => i.span,
        },
        syn::Expr::Call(c) => c.paren_token.span.close(),
        syn::Expr::Macro(m) => match &m.mac.delimiter {
            syn::MacroDelimiter::Paren(p) => p.span.close(),
            syn::MacroDelimiter::Brace(b) => b.span.close(),
            syn::MacroDelimiter::Bracket(b) => b.span.close(),
        },
        syn::Expr::Reference(r) => return end(&r.expr),
        syn::Expr::Paren(p) => p.paren_token.span.close(),
        syn::Expr::Try(t) => t.question_token.span,
        syn::Expr::Await(a) => a.await_token.span,
        syn::Expr::Index(i) => i.bracket_token.span.close(),
        syn::Expr::Lit(l) => l.lit.span(),
        _ => return None,
    })
}

/// The span of an expression, from its first to its last token (cheap for the usual shapes).
pub fn expr_span(map: SpanMap, e: &syn::Expr) -> Span {
    match (start(e), end(e)) {
        (Some(a), Some(b)) => map.join(a, b),
        _ => map.node(e),
    }
}

/// The first 401/403 rejection inside a closure body (inline handlers and middleware).
pub fn authcheck_closure(map: SpanMap, body: &syn::Expr) -> Option<crate::source::Span> {
    use syn::visit::Visit;
    struct V(SpanMap, Option<crate::source::Span>);
    impl<'a> Visit<'a> for V {
        fn visit_expr(&mut self, e: &'a syn::Expr) {
            if self.1.is_none() {
                self.1 = authcheck::rejection(self.0, e);
            }
            syn::visit::visit_expr(self, e);
        }
    }
    let mut v = V(map, None);
    v.visit_expr(body);
    v.1
}
