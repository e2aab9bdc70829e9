//! Error text put into response bodies (FRAMEWORKS §6), seen syntactically in one fn body:
//! `(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())`, `format!("..{e}..")` (implicit captures
//! too), `json!({"error": err.to_string()})`, actix `HttpResponse::InternalServerError().body(..)`
//! and `ErrorInternalServerError(e)`, `Err(e.to_string())`, backtraces; which statuses a
//! `match self` maps each variant to; and whether a `Display::fmt` writes more than literals.
//!
//! Without types, an error is a binding with error provenance — a `map_err`/`unwrap_or_else`
//! closure parameter, an `Err(e)` pattern, a variant field bound in `match self` — or a variable
//! named like one (`e`, `err`, `error`, `*_err`, `*_error`, `source`, `cause`).

pub use super::errscope::{error_named, BindingKind, ErrBinding};
use super::errscope::{is_self, ErrScope, Mark};
use super::fmt::{json_exprs, lit_sub_span, placeholders, FmtArg};
use super::status::{arm_status, builder_status, lookup, status_of, StatusClass, ACTIX};
use super::validation::root_ident;
use super::{expr_span, last_segment, peel, SpanMap};
use crate::source::Span;
use syn::punctuated::Punctuated;
use syn::{Expr, Token};

/// How a value is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fmt {
    Display,
    /// `{:?}`: Debug (anyhow adds the backtrace when one was captured).
    Debug,
    /// `{:#}`: anyhow's whole context chain.
    Alternate,
}

/// What text enters a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    Bound(ErrBinding),
    /// A variable named like an error, provenance unknown.
    Named(String),
    /// `self` (in impls of the error type).
    SelfValue,
    /// `self.0`, `self.source`.
    SelfField(String),
    /// `Backtrace::capture()`, `e.backtrace()`.
    Backtrace,
    /// Any other variable (arguments of actix `Error*` helpers).
    Value(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub root: Root,
    pub fmt: Fmt,
    /// Where it enters the body: `e.to_string()`, the format argument or `{e}` capture.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeakKind {
    /// A response body: `(status, body)` tuples, actix `HttpResponse::..().body(..)`/`.json(..)`,
    /// `Response::builder().status(..).body(..)`.
    Body,
    /// actix `ErrorInternalServerError(x)` and the other 5xx `Error*` helpers,
    /// `InternalError::new(x, status)`: the response body is `Display(x)`.
    Helper(String),
    /// `Err(e.to_string())`, `.map_err(|e| e.to_string())`: error text as a `String` error (a
    /// 200 OK body when an axum handler returns `Result<_, String>`).
    StringErr,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeakFact {
    pub kind: LeakKind,
    pub status: Option<StatusClass>,
    /// The status expression (`StatusCode::INTERNAL_SERVER_ERROR`, `HttpResponse::InternalServerError()`).
    pub status_span: Option<Span>,
    pub detail: Detail,
    /// Variants of the enclosing `match self` arm (empty outside one).
    pub variants: Vec<String>,
}

/// Error-text facts of one fn body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyLeaks {
    pub leaks: Vec<LeakFact>,
    /// `match self { Variant(..) => <status> }`: each variant (`_` for a catch-all) with the status
    /// its arm answers.
    pub variant_status: Vec<(String, StatusClass)>,
    /// In `Display::fmt`: the writes of non-literal values (first eight).
    pub display_writes: Vec<DisplayWrite>,
    /// Set by the walker for `fn fmt` of `impl Display`.
    pub display: bool,
    scope: ErrScope,
    tainted: Vec<(String, Detail)>,
}

/// A value `Display::fmt` writes: `self.source` (no variant, field `source`), a variant field
/// bound in a `match self` arm (`Self::Db(e)`: variant `Db`, field `0`), or anything else (none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayWrite {
    pub span: Span,
    pub variant: Option<String>,
    pub field: Option<String>,
}

fn format_macro(name: &str) -> bool {
    matches!(name, "format" | "format_args")
}

/// The status of an actix `error::Error*` helper that answers 5xx (`ErrorInternalServerError`).
fn actix_helper_code(name: &str) -> Option<u16> {
    name.strip_prefix("Error").and_then(|n| lookup(ACTIX, n)).filter(|c| *c >= 500)
}

impl BodyLeaks {
    pub const EMPTY: BodyLeaks = BodyLeaks {
        leaks: Vec::new(),
        variant_status: Vec::new(),
        display_writes: Vec::new(),
        display: false,
        scope: ErrScope::EMPTY,
        tainted: Vec::new(),
    };

    /// Nothing recorded.
    pub fn is_empty(&self) -> bool {
        self.leaks.is_empty() && self.variant_status.is_empty() && self.display_writes.is_empty()
    }

    /// Error bindings an expression introduces for its children.
    pub fn enter(&mut self, e: &Expr) -> Mark {
        self.scope.enter(e)
    }

    /// Bindings of one match arm.
    pub fn enter_arm(&mut self, arm: &syn::Arm) -> Mark {
        self.scope.enter_arm(arm)
    }

    /// Restores the scopes to a mark.
    pub fn exit(&mut self, m: Mark) {
        self.scope.exit(m)
    }

    /// Drops the scratch state when the fn ends.
    pub fn finish(&mut self) {
        self.scope = ErrScope::default();
        self.tainted = Vec::new();
    }

    /// `other` in `match self { .., other => .. }`: the error itself.
    fn self_alias(&self, name: &str) -> bool {
        self.scope.lookup(name).is_some_and(|b| b.kind == BindingKind::SelfAlias)
    }

    fn error_root(&self, name: &str) -> Option<Root> {
        if let Some(b) = self.scope.lookup(name) {
            return Some(Root::Bound(b.clone()));
        }
        error_named(name).then(|| Root::Named(name.to_string()))
    }

    /// The error an expression starts from (`e` in `e.root_cause().to_string()`), if any.
    fn root(&self, e: &Expr) -> Option<Root> {
        let mut cur = e;
        let mut field: Option<String> = None;
        for _ in 0..32 {
            cur = match cur {
                Expr::MethodCall(m) if m.method == "backtrace" => return Some(Root::Backtrace),
                Expr::MethodCall(m) => &m.receiver,
                Expr::Field(f) => {
                    field = Some(match &f.member {
                        syn::Member::Named(n) => n.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    });
                    &f.base
                }
                Expr::Reference(r) => &r.expr,
                Expr::Paren(p) => &p.expr,
                Expr::Group(g) => &g.expr,
                Expr::Unary(u) => &u.expr,
                Expr::Try(t) => &t.expr,
                Expr::Await(a) => &a.base,
                Expr::Cast(c) => &c.expr,
                Expr::Call(c) => {
                    return match peel(&c.func) {
                        Expr::Path(p)
                            if p.path.segments.iter().any(|s| s.ident == "Backtrace")
                                && matches!(last_segment(&p.path).as_str(), "capture" | "force_capture") =>
                        {
                            Some(Root::Backtrace)
                        }
                        _ => None,
                    }
                }
                Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                    let name = p.path.segments[0].ident.to_string();
                    if name == "self" || self.self_alias(&name) {
                        return Some(field.map_or(Root::SelfValue, Root::SelfField));
                    }
                    return self.error_root(&name);
                }
                _ => return None,
            };
        }
        None
    }

    /// The error text an expression puts into a body, searched through the shapes that build
    /// bodies: `.to_string()`, `format!`, `json!`, constructor calls, struct literals, and locals
    /// bound to such text.
    fn detail(&self, map: SpanMap, e: &Expr, depth: usize) -> Option<Detail> {
        if depth > 6 {
            return None;
        }
        let e = peel(e);
        match e {
            Expr::MethodCall(m) => match m.method.to_string().as_str() {
                "to_string" => match self.root(&m.receiver) {
                    Some(root) => Some(Detail { root, fmt: Fmt::Display, span: expr_span(map, e) }),
                    None => self.detail(map, &m.receiver, depth + 1),
                },
                "backtrace" => Some(Detail { root: Root::Backtrace, fmt: Fmt::Display, span: expr_span(map, e) }),
                "into" | "into_response" | "to_owned" | "clone" | "as_str" | "into_boxed_str" => {
                    self.detail(map, &m.receiver, depth + 1)
                }
                _ => None,
            },
            Expr::Macro(m) => self.macro_detail(map, &m.mac, depth),
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else {
                    return None;
                };
                let last = last_segment(&p.path);
                if matches!(last.as_str(), "capture" | "force_capture")
                    && p.path.segments.iter().any(|s| s.ident == "Backtrace")
                {
                    return Some(Detail { root: Root::Backtrace, fmt: Fmt::Display, span: expr_span(map, e) });
                }
                let ctor = last.starts_with(|c: char| c.is_ascii_uppercase())
                    || matches!(last.as_str(), "from" | "new" | "json" | "text" | "html" | "from_string");
                if ctor {
                    c.args.iter().find_map(|a| self.detail(map, a, depth + 1))
                } else {
                    None
                }
            }
            Expr::Struct(s) => s.fields.iter().find_map(|f| self.detail(map, &f.expr, depth + 1)),
            Expr::Tuple(t) => t.elems.iter().find_map(|x| self.detail(map, x, depth + 1)),
            Expr::Array(a) => a.elems.iter().find_map(|x| self.detail(map, x, depth + 1)),
            Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                let name = p.path.segments[0].ident.to_string();
                self.tainted.iter().rev().find(|(n, _)| *n == name).map(|(_, d)| d.clone())
            }
            _ => None,
        }
    }

    /// `format!`/`format_args!` arguments and captures, `json!` values.
    fn macro_detail(&self, map: SpanMap, mac: &syn::Macro, depth: usize) -> Option<Detail> {
        let name = mac.path.segments.last()?.ident.to_string();
        if name == "json" {
            let mut exprs = Vec::new();
            json_exprs(mac.tokens.clone(), &mut exprs, 0);
            return exprs.iter().find_map(|x| self.detail(map, x, depth + 1));
        }
        if !format_macro(&name) {
            return None;
        }
        let args = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated).ok()?;
        let mut it = args.iter();
        let Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. }) = peel(it.next()?) else {
            return None;
        };
        self.format_detail(map, lit, &it.collect::<Vec<_>>(), depth, false)
    }

    /// The first placeholder of a format string that formats an error. With `any`, the first
    /// that formats any non-literal value (for `Display` impls).
    fn format_detail(
        &self,
        map: SpanMap,
        lit: &syn::LitStr,
        args: &[&Expr],
        depth: usize,
        any: bool,
    ) -> Option<Detail> {
        let mut positional = Vec::new();
        let mut named = Vec::new();
        for a in args {
            match a {
                Expr::Assign(asg) => {
                    if let Some(n) = root_ident(&asg.left) {
                        named.push((n, &*asg.right));
                    }
                }
                other => positional.push(*other),
            }
        }
        let mut next = 0;
        for p in placeholders(&lit.value()) {
            let fmt = if p.debug {
                Fmt::Debug
            } else if p.alternate {
                Fmt::Alternate
            } else {
                Fmt::Display
            };
            let arg = match &p.arg {
                FmtArg::Next => {
                    next += 1;
                    positional.get(next - 1).copied()
                }
                FmtArg::Index(i) => positional.get(*i).copied(),
                FmtArg::Name(n) => named.iter().find(|(x, _)| x == n).map(|(_, e)| *e),
            };
            match (arg, &p.arg) {
                (Some(a), _) => {
                    if let Some(root) = self.root(a) {
                        return Some(Detail { root, fmt, span: expr_span(map, a) });
                    }
                    if let Some(d) = self.detail(map, a, depth + 1) {
                        return Some(d);
                    }
                    if any {
                        if let Some(n) = root_ident(a) {
                            return Some(Detail { root: Root::Value(n), fmt, span: expr_span(map, a) });
                        }
                    }
                }
                (None, FmtArg::Name(n)) => {
                    let root = if n == "self" || self.self_alias(n) {
                        Some(Root::SelfValue)
                    } else {
                        self.error_root(n)
                            .or_else(|| self.tainted.iter().rev().find(|(x, _)| x == n).map(|(_, d)| d.root.clone()))
                            .or_else(|| any.then(|| Root::Value(n.clone())))
                    };
                    if let Some(root) = root {
                        return Some(Detail { root, fmt, span: lit_sub_span(map, lit, p.start, p.end) });
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Error text a helper's argument carries (anything but literals and constants).
    fn helper_detail(&self, map: SpanMap, e: &Expr) -> Option<Detail> {
        let e = peel(e);
        if matches!(e, Expr::Lit(_)) {
            return None;
        }
        if let Expr::Path(p) = e {
            let last = last_segment(&p.path);
            if !last.chars().any(|c| c.is_ascii_lowercase()) {
                return None;
            }
        }
        if let Some(d) = self.detail(map, e, 0) {
            return Some(d);
        }
        if let Some(root) = self.root(e) {
            return Some(Detail { root, fmt: Fmt::Display, span: expr_span(map, e) });
        }
        root_ident(e).map(|n| Detail { root: Root::Value(n), fmt: Fmt::Display, span: expr_span(map, e) })
    }

    /// Error text as the whole value: `e.to_string()`, `format!("..{e}..")`.
    fn direct(&self, map: SpanMap, e: &Expr) -> Option<Detail> {
        let d = match peel(e) {
            Expr::MethodCall(m) if m.method == "to_string" || m.method == "into" => self.detail(map, e, 0),
            Expr::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "format") => self.detail(map, e, 0),
            _ => None,
        }?;
        matches!(d.root, Root::Bound(_) | Root::Named(_)).then_some(d)
    }

    fn push(&mut self, kind: LeakKind, status: Option<(StatusClass, Span)>, detail: Detail) {
        self.leaks.push(LeakFact {
            kind,
            status: status.map(|s| s.0),
            status_span: status.map(|s| s.1),
            detail,
            variants: self.scope.arm(),
        });
    }

    /// Inspects one expression of the fn body.
    pub fn inspect(&mut self, map: SpanMap, e: &Expr) {
        match e {
            Expr::Tuple(t) if t.elems.len() >= 2 => {
                let first = &t.elems[0];
                let Some(status) = status_of(first) else {
                    return;
                };
                let Some(body) = t.elems.last() else {
                    return;
                };
                if let Some(d) = self.detail(map, body, 0) {
                    if !matches!(status, StatusClass::Client(_) | StatusClass::Other(_)) || d.root == Root::Backtrace {
                        self.push(LeakKind::Body, Some((status, expr_span(map, first))), d);
                    }
                }
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                match name.as_str() {
                    "body" | "json" => {
                        let Some(arg) = m.args.first() else {
                            return;
                        };
                        let Some((class, a, b)) = builder_status(&m.receiver) else {
                            return;
                        };
                        let status = (class, map.join(a, b));
                        if let Some(d) = self.detail(map, arg, 0) {
                            if !matches!(status.0, StatusClass::Client(_) | StatusClass::Other(_))
                                || d.root == Root::Backtrace
                            {
                                self.push(LeakKind::Body, Some(status), d);
                            }
                        }
                    }
                    "map_err" => match m.args.first().map(peel) {
                        Some(Expr::Closure(c)) => {
                            if let Some(d) = self.direct(map, &c.body) {
                                self.push(LeakKind::StringErr, None, d);
                            }
                        }
                        // `.map_err(ErrorInternalServerError)?`: the helper wraps the error itself.
                        Some(Expr::Path(p)) => {
                            let last = last_segment(&p.path);
                            if let Some(code) = actix_helper_code(&last) {
                                let binding = ErrBinding {
                                    name: String::new(),
                                    kind: BindingKind::Closure,
                                    origin: super::errscope::origin(&m.receiver),
                                    variant: None,
                                };
                                let span = expr_span(map, &m.args[0]);
                                let d = Detail { root: Root::Bound(binding), fmt: Fmt::Display, span };
                                self.push(LeakKind::Helper(last), Some((StatusClass::of_code(code), span)), d);
                            }
                        }
                        _ => {}
                    },
                    "write_str" | "fmt" | "write_fmt" if self.display => {
                        let value = if name == "fmt" { Some(&*m.receiver) } else { m.args.first() };
                        if let Some(v) = value {
                            if root_ident(v).is_some_and(|r| r != "f" && r != "formatter") {
                                self.display_write(map, v);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else {
                    return;
                };
                let last = last_segment(&p.path);
                if let Some(code) = actix_helper_code(&last) {
                    if let Some(d) = c.args.first().and_then(|a| self.helper_detail(map, a)) {
                        let span = map.join(p.path.segments[0].ident.span(), c.paren_token.span.close());
                        self.push(LeakKind::Helper(last), Some((StatusClass::of_code(code), span)), d);
                    }
                } else if last == "new"
                    && p.path.segments.len() >= 2
                    && p.path.segments[p.path.segments.len() - 2].ident == "InternalError"
                    && c.args.len() == 2
                {
                    if let Some(status) = c.args.last().and_then(status_of).filter(|s| s.is_server()) {
                        if let Some(d) = c.args.first().and_then(|a| self.helper_detail(map, a)) {
                            let span = map.join(p.path.segments[0].ident.span(), c.paren_token.span.close());
                            self.push(LeakKind::Helper("InternalError::new".into()), Some((status, span)), d);
                        }
                    }
                } else if last == "Err" && p.path.segments.len() == 1 && c.args.len() == 1 {
                    if let Some(d) = c.args.first().and_then(|a| self.direct(map, a)) {
                        self.push(LeakKind::StringErr, None, d);
                    }
                } else if self.display
                    && last == "fmt"
                    && c.args.first().and_then(root_ident).is_some_and(|r| r == "self")
                {
                    // `fmt::Display::fmt(&self.0, f)`.
                    if let Some(a) = c.args.first() {
                        self.display_write(map, a);
                    }
                }
            }
            Expr::Macro(m) => self.display_macro(map, &m.mac),
            Expr::Match(m) if is_self(&m.expr) => {
                for arm in &m.arms {
                    let Some(class) = arm_status(&arm.body) else {
                        continue;
                    };
                    let cases: Vec<&syn::Pat> = match &arm.pat {
                        syn::Pat::Or(o) => o.cases.iter().collect(),
                        p => vec![p],
                    };
                    for c in cases {
                        let v = match c {
                            syn::Pat::TupleStruct(t) => last_segment(&t.path),
                            syn::Pat::Struct(s) => last_segment(&s.path),
                            syn::Pat::Path(p) => last_segment(&p.path),
                            _ => "_".into(),
                        };
                        self.variant_status.push((v, class));
                    }
                }
            }
            _ => {}
        }
    }

    fn display_write(&mut self, map: SpanMap, v: &Expr) {
        if self.display_writes.len() >= 8 {
            return;
        }
        let (variant, field) = Self::write_target(self.root(v));
        self.display_writes.push(DisplayWrite { span: expr_span(map, v), variant, field });
    }

    fn write_target(root: Option<Root>) -> (Option<String>, Option<String>) {
        match root {
            Some(Root::SelfField(f)) => (None, Some(f)),
            Some(Root::Bound(ErrBinding { variant: Some((v, f)), .. })) => (Some(v), Some(f)),
            _ => (None, None),
        }
    }

    /// `write!(f, "..", args)` in `Display::fmt`: every non-literal argument or capture.
    fn display_macro(&mut self, map: SpanMap, mac: &syn::Macro) {
        if !self.display {
            return;
        }
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let skip = match name.as_str() {
            "write" | "writeln" => 1,
            "format_args" => 0,
            _ => return,
        };
        let Ok(args) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) else {
            return;
        };
        let mut it = args.iter().skip(skip);
        let Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. })) = it.next().map(peel) else {
            return;
        };
        let rest: Vec<&Expr> = it.collect();
        let positional: Vec<&Expr> = rest.iter().copied().filter(|a| !matches!(a, Expr::Assign(_))).collect();
        let mut next = 0;
        for p in placeholders(&lit.value()) {
            let arg = match &p.arg {
                FmtArg::Next => {
                    next += 1;
                    positional.get(next - 1).copied()
                }
                FmtArg::Index(i) => positional.get(*i).copied(),
                FmtArg::Name(n) => rest.iter().copied().find_map(|a| match a {
                    Expr::Assign(asg) if root_ident(&asg.left).as_deref() == Some(n) => Some(&*asg.right),
                    _ => None,
                }),
            };
            match (arg, &p.arg) {
                (Some(a), _) if root_ident(a).is_some() => self.display_write(map, a),
                (None, FmtArg::Name(n)) if n != "self" && self.display_writes.len() < 8 => {
                    let (variant, field) = Self::write_target(self.scope.lookup(n).cloned().map(Root::Bound));
                    let span = lit_sub_span(map, lit, p.start, p.end);
                    self.display_writes.push(DisplayWrite { span, variant, field });
                }
                _ => {}
            }
        }
    }

    /// Statements: `let msg = format!("..{e}..")` taints `msg`; `write!` in statement position.
    pub fn on_stmt(&mut self, map: SpanMap, s: &syn::Stmt) {
        match s {
            syn::Stmt::Macro(m) => self.display_macro(map, &m.mac),
            syn::Stmt::Local(l) => {
                let (Some(init), syn::Pat::Ident(id)) = (&l.init, &l.pat) else {
                    return;
                };
                if let Some(d) = self.detail(map, &init.expr, 0) {
                    self.tainted.push((id.ident.to_string(), d));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn leaks_of(src: &str) -> BodyLeaks {
        let f: syn::ItemFn = syn::parse_str(src).expect("fn");
        let map = SpanMap { file: FileId(0) };
        let mut b = BodyLeaks::default();
        struct V<'b>(SpanMap, &'b mut BodyLeaks);
        impl<'a> syn::visit::Visit<'a> for V<'_> {
            fn visit_expr(&mut self, e: &'a Expr) {
                let m = self.1.enter(e);
                self.1.inspect(self.0, e);
                syn::visit::visit_expr(self, e);
                self.1.exit(m);
            }
            fn visit_arm(&mut self, a: &'a syn::Arm) {
                let m = self.1.enter_arm(a);
                syn::visit::visit_arm(self, a);
                self.1.exit(m);
            }
            fn visit_stmt(&mut self, s: &'a syn::Stmt) {
                self.1.on_stmt(self.0, s);
                syn::visit::visit_stmt(self, s);
            }
        }
        syn::visit::Visit::visit_item_fn(&mut V(map, &mut b), &f);
        b
    }

    fn roots(b: &BodyLeaks) -> Vec<String> {
        b.leaks
            .iter()
            .map(|l| match &l.detail.root {
                Root::Bound(x) => format!("bound:{}:{}", x.name, x.origin.clone().unwrap_or_default()),
                Root::Named(n) => format!("named:{n}"),
                Root::SelfValue => "self".into(),
                Root::SelfField(f) => format!("self.{f}"),
                Root::Backtrace => "backtrace".into(),
                Root::Value(v) => format!("value:{v}"),
            })
            .collect()
    }

    #[test]
    fn map_err_tuples_and_formats() {
        let b = leaks_of(
            r#"async fn h() -> Result<(), (StatusCode, String)> {
                let rows = db::members::list_all(&db).await.map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
                let x = load().await.map_err(|why| (StatusCode::BAD_GATEWAY, format!("upstream: {why:?}")))?;
                let y = parse().map_err(|e| (StatusCode::BAD_REQUEST, format!("invalid input: {e}")))?;
                Ok(())
            }"#,
        );
        assert_eq!(roots(&b), vec!["bound:e:db::members::list_all", "bound:why:load"]);
        assert_eq!(b.leaks[1].detail.fmt, Fmt::Debug);
        assert_eq!(b.leaks[0].status, Some(StatusClass::Server(500)));
    }

    #[test]
    fn actix_builders_helpers_and_json() {
        let b = leaks_of(
            r#"async fn h() -> HttpResponse {
                match aging(&db).await {
                    Ok(v) => HttpResponse::Ok().json(v),
                    Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string(), "kind": "db" })),
                }
                match other() { Err(failure) => return Err(ErrorInternalServerError(failure)), Ok(_) => {} }
                HttpResponse::build(StatusCode::SERVICE_UNAVAILABLE).body(format!("{}", Backtrace::capture()));
                HttpResponse::NotFound().body(format!("no such invoice: {err}"));
                Err(ErrorInternalServerError("could not load the report"))
            }"#,
        );
        assert_eq!(roots(&b), vec!["bound:e:aging", "bound:failure:other", "backtrace"]);
    }

    #[test]
    fn logged_errors_and_generic_bodies_are_not_details() {
        let b = leaks_of(
            r#"async fn h() -> Response {
                let rows = query().await.map_err(|err| {
                    tracing::error!(error = %err, "query failed");
                    (StatusCode::INTERNAL_SERVER_ERROR, "internal error".to_owned())
                })?;
                let id = 3;
                (StatusCode::INTERNAL_SERVER_ERROR, format!("job {id} failed")).into_response()
            }"#,
        );
        assert!(b.leaks.is_empty(), "{:?}", b.leaks);
    }

    #[test]
    fn tainted_locals_self_and_string_errors() {
        let b = leaks_of(
            r#"fn into_response(self) -> Response {
                let message = format!("something went wrong: {}", self.0);
                let status = self.status_code();
                match self {
                    AppError::Db(inner) => (StatusCode::INTERNAL_SERVER_ERROR, inner.to_string()).into_response(),
                    AppError::NotFound => StatusCode::NOT_FOUND.into_response(),
                    _ => (status, message).into_response(),
                }
            }"#,
        );
        assert_eq!(roots(&b), vec!["bound:inner:", "self.0"]);
        assert_eq!(b.leaks[0].variants, vec!["Db".to_string()]);
        assert_eq!(b.leaks[1].status, Some(StatusClass::Computed));
        assert!(b.variant_status.contains(&("Db".into(), StatusClass::Server(500))));
        assert!(b.variant_status.contains(&("NotFound".into(), StatusClass::Client(404))));
        let s = leaks_of(
            r#"async fn h() -> Result<String, String> { let v = load().map_err(|e| e.to_string())?; Err(format!("failed: {err:#}")) }"#,
        );
        assert_eq!(s.leaks.iter().filter(|l| l.kind == LeakKind::StringErr).count(), 2);
    }

    #[test]
    fn display_writes() {
        let mut b = BodyLeaks { display: true, ..BodyLeaks::default() };
        let f: syn::ItemFn =
            syn::parse_str(r#"fn fmt(&self, f: &mut Formatter) -> fmt::Result { match self { Self::Db(e) => write!(f, "db: {e}"), } }"#)
                .expect("fn");
        if let Some(syn::Stmt::Expr(Expr::Match(m), _)) = f.block.stmts.first() {
            if let Expr::Macro(mac) = &*m.arms[0].body {
                b.display_macro(SpanMap { file: FileId(0) }, &mac.mac);
            }
        }
        assert_eq!(b.display_writes.len(), 1);
        let mut c = BodyLeaks { display: true, ..BodyLeaks::default() };
        let mac: syn::Macro = syn::parse_str(r#"write!(f, "database unavailable")"#).expect("mac");
        c.display_macro(SpanMap { file: FileId(0) }, &mac);
        assert!(c.display_writes.is_empty());
        let mut d = BodyLeaks { display: true, ..BodyLeaks::default() };
        let mac: syn::Macro =
            syn::parse_str(r#"write!(f, "ledger {} failed: {}", self.operation, self.source)"#).expect("mac");
        d.display_macro(SpanMap { file: FileId(0) }, &mac);
        let fields: Vec<Option<String>> = d.display_writes.iter().map(|w| w.field.clone()).collect();
        assert_eq!(fields, vec![Some("operation".to_string()), Some("source".to_string())]);
    }
}
