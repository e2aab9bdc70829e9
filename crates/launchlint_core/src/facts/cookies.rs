//! Cookies and session-cookie middleware (FRAMEWORKS §9): cookie-crate builders (0.16/0.17
//! `Cookie::build(name, value)`, 0.18 `Cookie::build((name, value))`, `Cookie::new` with
//! `set_*` setters, `CookieBuilder::new`), where each cookie goes (an axum-extra jar that is
//! returned, actix `.cookie(..)` / `add_cookie`, removal), and the cookie settings of
//! actix-session, tower-sessions and actix-identity 0.4. Evaluated per fn, driven by the walk.

use super::{last_segment, lit_bool, lit_str, peel, Condition, Scope, SpanMap};
use crate::source::Span;
use std::collections::{HashMap, HashSet};
use syn::Expr;

/// A boolean cookie attribute as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Unset,
    Set(bool, Span),
    /// Set from a variable or expression (`.secure(cfg.https)`): config-dependent.
    Dynamic(Span),
}

/// The `SameSite` attribute as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameSite {
    Unset,
    Strict,
    Lax,
    None(Span),
    Dynamic,
}

/// The cookie's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CookieName {
    Literal(String),
    /// A constant or field (`SESSION_COOKIE`, `cfg.session_cookie_name`): its identifier.
    Named(String),
    Unknown,
}

/// Where the cookie goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// Handed to the response: `jar.add(c)` with the jar returned, `.cookie(c)`,
    /// `add_cookie(&c)`, or any other use. The span is the call that sets it.
    Set(Span),
    /// Returned from a helper fn (judged where it is built).
    Returned,
}

#[derive(Debug, Clone)]
pub struct CookieFact {
    /// The constructor call (`Cookie::build(("session", token))`).
    pub ctor: Span,
    pub name: CookieName,
    /// Identifier of the value (`token` in `token.clone()`), if any.
    pub value_name: Option<String>,
    /// The value is the literal `""` (a logout cookie).
    pub value_empty: bool,
    pub secure: Flag,
    pub http_only: Flag,
    pub same_site: SameSite,
    /// `removal()`, `make_removal()`, `max_age(Duration::ZERO)`, expiry in the past, `jar.remove`.
    pub removal: bool,
    pub sink: Sink,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

/// Which session middleware.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionFramework {
    /// actix-session `SessionMiddleware::builder(..)`.
    ActixSession,
    /// tower-sessions `SessionManagerLayer::new(..)`.
    TowerSessions,
    /// actix-identity 0.4 `CookieIdentityPolicy::new(..)`.
    ActixIdentity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionSettingKind {
    SecureOff,
    HttpOnlyOff,
    SameSiteNone,
}

/// A session middleware cookie setting that weakens the cookie.
#[derive(Debug, Clone)]
pub struct SessionSetting {
    pub framework: SessionFramework,
    pub kind: SessionSettingKind,
    /// The setter call (`cookie_secure(false)`).
    pub span: Span,
    /// How it was written (`cookie_secure(false)`).
    pub text: String,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone)]
struct Pending {
    fact: CookieFact,
    sink: Option<Sink>,
    /// Jar additions whose result must be returned for the cookie to be set.
    jar_adds: Vec<(usize, Option<String>, Span)>,
    /// Condition depth where the cookie was bound (setters deeper are config-dependent).
    depth: usize,
}

#[derive(Debug, Default, Clone)]
struct Frame {
    pending: Vec<Pending>,
    vars: HashMap<String, usize>,
    jars: HashSet<String>,
    sessions: HashMap<String, SessionFramework>,
    returned: HashSet<usize>,
    returned_names: HashSet<String>,
}

#[derive(Debug, Default, Clone)]
pub struct CookieEval {
    frames: Vec<Frame>,
    handled: HashSet<usize>,
    pub cookies: Vec<CookieFact>,
    pub sessions: Vec<SessionSetting>,
}

fn addr(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// A builder method that keeps the value a cookie.
const BUILDER_METHODS: &[&str] = &[
    "path",
    "domain",
    "finish",
    "build",
    "partitioned",
    "expires",
    "max_age",
    "permanent",
    "removal",
    "secure",
    "http_only",
    "same_site",
    "into_owned",
    "clone",
    "into",
];

/// The result of evaluating an expression as a cookie.
enum Eval {
    /// A new cookie from a constructor, with the settings applied on it.
    New(Pending),
    /// An existing variable's cookie with more settings.
    Var(usize, Vec<Op>),
}

#[derive(Debug, Clone)]
enum Op {
    Secure(Flag),
    HttpOnly(Flag),
    SameSite(SameSite),
    Removal,
}

fn flag_of(call_span: Span, arg: Option<&Expr>) -> Flag {
    let Some(arg) = arg else {
        return Flag::Dynamic(call_span);
    };
    let inner = match peel(arg) {
        Expr::Call(c) if c.args.len() == 1 && matches!(peel(&c.func), Expr::Path(p) if p.path.is_ident("Some")) => {
            &c.args[0]
        }
        other => other,
    };
    match lit_bool(inner) {
        Some(b) => Flag::Set(b, call_span),
        None => Flag::Dynamic(call_span),
    }
}

fn same_site_of(call_span: Span, arg: Option<&Expr>) -> SameSite {
    let Some(arg) = arg else {
        return SameSite::Dynamic;
    };
    let inner = match peel(arg) {
        Expr::Call(c) if c.args.len() == 1 && matches!(peel(&c.func), Expr::Path(p) if p.path.is_ident("Some")) => {
            peel(&c.args[0])
        }
        other => other,
    };
    match inner {
        Expr::Path(p) => match last_segment(&p.path).as_str() {
            "Strict" => SameSite::Strict,
            "Lax" => SameSite::Lax,
            "None" if p.path.segments.len() >= 2 => SameSite::None(call_span),
            _ => SameSite::Dynamic,
        },
        _ => SameSite::Dynamic,
    }
}

/// `Duration::ZERO`, `Duration::seconds(0)`, `OffsetDateTime::UNIX_EPOCH`: an expired cookie.
fn is_expired(e: &Expr) -> bool {
    let text = super::tokens_text(e);
    text.contains("ZERO")
        || text.contains("UNIX_EPOCH")
        || (text.contains("(0)") && !text.contains("now"))
        || text.contains("(0, 0)")
        || text.contains("::MIN")
}

/// `token` in `token`, `token.clone()`, `session.token`, `token.to_string()`, `&token`.
fn value_name(e: &Expr) -> Option<String> {
    match peel(e) {
        Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
        Expr::Field(f) => match &f.member {
            syn::Member::Named(n) => Some(n.to_string()),
            syn::Member::Unnamed(_) => value_name(&f.base),
        },
        Expr::MethodCall(m) => value_name(&m.receiver),
        _ => None,
    }
}

fn cookie_name(e: &Expr) -> CookieName {
    if let Some(s) = lit_str(e) {
        return CookieName::Literal(s);
    }
    match peel(e) {
        Expr::Path(p) => CookieName::Named(last_segment(&p.path)),
        Expr::Field(f) => match &f.member {
            syn::Member::Named(n) => CookieName::Named(n.to_string()),
            syn::Member::Unnamed(_) => CookieName::Unknown,
        },
        Expr::MethodCall(m) if m.args.is_empty() => cookie_name(&m.receiver),
        _ => CookieName::Unknown,
    }
}

/// Which session middleware a chain starts from.
fn session_ctor(e: &Expr) -> Option<SessionFramework> {
    let Expr::Call(c) = peel(e) else { return None };
    let Expr::Path(p) = peel(&c.func) else {
        return None;
    };
    let n = p.path.segments.len();
    if n < 2 {
        return None;
    }
    let ty = p.path.segments[n - 2].ident.to_string();
    let f = p.path.segments[n - 1].ident.to_string();
    match (ty.as_str(), f.as_str()) {
        ("SessionMiddleware", "builder") => Some(SessionFramework::ActixSession),
        ("SessionManagerLayer", "new") => Some(SessionFramework::TowerSessions),
        ("CookieIdentityPolicy", "new") => Some(SessionFramework::ActixIdentity),
        _ => None,
    }
}

impl CookieEval {
    pub fn enter_fn(&mut self, sig: &syn::Signature, body: &syn::Block) {
        let mut frame = Frame::default();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(t) = input {
                if let (syn::Pat::Ident(i), syn::Type::Path(tp)) = (&*t.pat, &*t.ty) {
                    if last_segment(&tp.path).ends_with("CookieJar") {
                        frame.jars.insert(i.ident.to_string());
                    }
                }
            }
        }
        self.frames.push(frame);
        if let Some(syn::Stmt::Expr(e, None)) = body.stmts.last() {
            self.flow(e);
        }
    }

    /// Drops the walk state once the file is done.
    pub fn finish(&mut self) {
        self.frames = Vec::new();
        self.handled = HashSet::new();
    }

    pub fn exit_fn(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        for p in frame.pending {
            let mut sink = p.sink;
            if sink.is_none() {
                // Set only through a jar: the jar must be returned.
                sink = p
                    .jar_adds
                    .iter()
                    .find(|(a, name, _)| {
                        frame.returned.contains(a) || name.as_ref().is_some_and(|n| frame.returned_names.contains(n))
                    })
                    .map(|(_, _, span)| Sink::Set(*span));
            }
            if let Some(sink) = sink {
                let mut fact = p.fact;
                fact.sink = sink;
                self.cookies.push(fact);
            }
        }
    }

    /// Marks the expressions whose value leaves the fn.
    fn flow(&mut self, e: &Expr) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let mut stack = vec![e];
        while let Some(e) = stack.pop() {
            frame.returned.insert(addr(e));
            match e {
                Expr::Paren(p) => stack.push(&p.expr),
                Expr::Group(g) => stack.push(&g.expr),
                Expr::Tuple(t) => stack.extend(t.elems.iter()),
                Expr::Call(c) => stack.extend(c.args.iter()),
                Expr::Try(t) => stack.push(&t.expr),
                Expr::MethodCall(m) => stack.push(&m.receiver),
                Expr::Block(b) => {
                    if let Some(syn::Stmt::Expr(x, None)) = b.block.stmts.last() {
                        stack.push(x);
                    }
                }
                Expr::If(i) => {
                    if let Some(syn::Stmt::Expr(x, None)) = i.then_branch.stmts.last() {
                        stack.push(x);
                    }
                    if let Some((_, els)) = &i.else_branch {
                        stack.push(els);
                    }
                }
                Expr::Match(m) => stack.extend(m.arms.iter().map(|a| &*a.body)),
                Expr::Path(p) => {
                    if let Some(i) = p.path.get_ident() {
                        frame.returned_names.insert(i.to_string());
                    }
                }
                _ => {}
            }
        }
    }

    fn eval(&self, map: SpanMap, scope: &Scope, e: &Expr) -> Option<Eval> {
        match peel(e) {
            Expr::Path(p) => {
                let name = p.path.get_ident()?.to_string();
                let idx = *self.frames.last()?.vars.get(&name)?;
                Some(Eval::Var(idx, Vec::new()))
            }
            Expr::Call(c) => self.ctor(map, scope, c).map(Eval::New),
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                if !BUILDER_METHODS.contains(&method.as_str()) {
                    return None;
                }
                let inner = self.eval(map, scope, &m.receiver)?;
                let span = map.join(m.method.span(), m.paren_token.span.close());
                let op = match method.as_str() {
                    "secure" => Some(Op::Secure(flag_of(span, m.args.first()))),
                    "http_only" => Some(Op::HttpOnly(flag_of(span, m.args.first()))),
                    "same_site" => Some(Op::SameSite(same_site_of(span, m.args.first()))),
                    "removal" => Some(Op::Removal),
                    "max_age" | "expires" if m.args.first().is_some_and(is_expired) => Some(Op::Removal),
                    _ => None,
                };
                Some(match (inner, op) {
                    (Eval::New(mut p), Some(op)) => {
                        apply(&mut p.fact, &op);
                        Eval::New(p)
                    }
                    (Eval::Var(i, mut ops), Some(op)) => {
                        ops.push(op);
                        Eval::Var(i, ops)
                    }
                    (other, None) => other,
                })
            }
            _ => None,
        }
    }

    /// `Cookie::new(n, v)`, `Cookie::build(n, v)`, `Cookie::build((n, v))`, `CookieBuilder::new(n, v)`.
    fn ctor(&self, map: SpanMap, scope: &Scope, c: &syn::ExprCall) -> Option<Pending> {
        let Expr::Path(p) = peel(&c.func) else {
            return None;
        };
        let n = p.path.segments.len();
        if n < 2 {
            return None;
        }
        let ty = p.path.segments[n - 2].ident.to_string();
        let f = p.path.segments[n - 1].ident.to_string();
        let ok = matches!((ty.as_str(), f.as_str()), ("Cookie", "new" | "build" | "named") | ("CookieBuilder", "new"));
        if !ok {
            return None;
        }
        let args: Vec<&Expr> = match c.args.iter().collect::<Vec<_>>().as_slice() {
            [one] => match peel(one) {
                Expr::Tuple(t) => t.elems.iter().collect(),
                _ => vec![*one],
            },
            more => more.to_vec(),
        };
        let name = args.first().map_or(CookieName::Unknown, |e| cookie_name(e));
        let value = args.get(1);
        Some(Pending {
            fact: CookieFact {
                ctor: map.node(c),
                name,
                value_name: value.and_then(|v| value_name(v)),
                value_empty: value.is_none_or(|v| lit_str(v).is_some_and(|s| s.is_empty())),
                secure: Flag::Unset,
                http_only: Flag::Unset,
                same_site: SameSite::Unset,
                removal: f == "named",
                sink: Sink::Returned,
                item_path: scope.item_path(),
                conditions: scope.conditions.clone(),
            },
            sink: None,
            jar_adds: Vec::new(),
            depth: scope.conditions.len(),
        })
    }

    /// Marks every node of a cookie chain as handled.
    fn mark_chain(&mut self, e: &Expr) {
        let mut e = peel(e);
        loop {
            self.handled.insert(addr(e));
            match e {
                Expr::MethodCall(m) => e = peel(&m.receiver),
                _ => break,
            }
        }
    }

    /// Binds or updates a cookie from an evaluation. Returns its index in the frame.
    fn settle(&mut self, scope: &Scope, ev: Eval) -> Option<usize> {
        let frame = self.frames.last_mut()?;
        match ev {
            Eval::New(p) => {
                frame.pending.push(p);
                Some(frame.pending.len() - 1)
            }
            Eval::Var(i, ops) => {
                let p = frame.pending.get_mut(i)?;
                let deeper = scope.conditions.len() > p.depth;
                for op in ops {
                    apply(&mut p.fact, &dynamic_if(op, deeper));
                }
                Some(i)
            }
        }
    }

    pub fn on_local(&mut self, map: SpanMap, scope: &Scope, local: &syn::Local) {
        if self.frames.is_empty() {
            return;
        }
        let (Some(init), Some(name)) = (&local.init, pat_ident(&local.pat)) else {
            return;
        };
        let init = &*init.expr;
        if let Some(ev) = self.eval(map, scope, init) {
            self.mark_chain(init);
            if let Some(i) = self.settle(scope, ev) {
                if let Some(frame) = self.frames.last_mut() {
                    frame.vars.insert(name, i);
                }
            }
            return;
        }
        if let Some(fw) = session_base(self.frames.last(), init) {
            if let Some(frame) = self.frames.last_mut() {
                frame.sessions.insert(name.clone(), fw);
            }
        }
        // A jar made here (`CookieJar::from_headers(..)`) or a jar returned by `jar.add(..)`.
        let is_jar = match peel(init) {
            Expr::Call(c) => {
                matches!(peel(&c.func), Expr::Path(p) if p.path.segments.iter().any(|s| s.ident.to_string().ends_with("CookieJar")))
            }
            Expr::MethodCall(m) => m.method == "add" && self.is_jar(&m.receiver),
            _ => false,
        };
        if is_jar {
            if let Some(frame) = self.frames.last_mut() {
                frame.jars.insert(name.clone());
            }
        }
        if let Expr::MethodCall(m) = peel(init) {
            if m.method == "add" && self.is_jar(&m.receiver) {
                self.jar_add(map, scope, peel(init), Some(name));
            }
        }
    }

    fn is_jar(&self, e: &Expr) -> bool {
        match peel(e) {
            Expr::Path(p) => p.path.get_ident().is_some_and(|i| {
                let n = i.to_string();
                n.ends_with("jar") || self.frames.last().is_some_and(|f| f.jars.contains(&n))
            }),
            Expr::MethodCall(m) => {
                (m.method == "add" || m.method == "remove" || m.method == "clone") && self.is_jar(&m.receiver)
            }
            Expr::Field(f) => {
                matches!(&f.member, syn::Member::Named(n) if n.to_string().ends_with("jar"))
            }
            _ => false,
        }
    }

    fn jar_add(&mut self, map: SpanMap, scope: &Scope, e: &Expr, bound: Option<String>) {
        let Expr::MethodCall(m) = peel(e) else { return };
        if self.handled.contains(&addr(e)) {
            return;
        }
        let Some(arg) = m.args.first() else { return };
        let Some(ev) = self.eval(map, scope, arg) else {
            return;
        };
        self.handled.insert(addr(e));
        self.mark_chain(arg);
        let span = map.node(m);
        if let Some(i) = self.settle(scope, ev) {
            if let Some(p) = self.frames.last_mut().and_then(|f| f.pending.get_mut(i)) {
                p.jar_adds.push((addr(e), bound, span));
            }
        }
    }

    /// Every expression node, parents before children.
    pub fn on_expr(&mut self, map: SpanMap, scope: &Scope, e: &Expr) {
        if self.frames.is_empty() || self.handled.contains(&addr(e)) {
            return;
        }
        match e {
            Expr::Return(r) => {
                if let Some(x) = &r.expr {
                    self.flow(x);
                }
            }
            Expr::MethodCall(m) => self.on_method(map, scope, e, m),
            Expr::Call(_) => {
                if let Some(ev) = self.eval(map, scope, e) {
                    self.mark_chain(e);
                    let sink = self.default_sink(map, e);
                    if let Some(i) = self.settle(scope, ev) {
                        self.set_sink(i, sink);
                    }
                }
            }
            Expr::Path(p) => {
                // Any other use of a cookie variable sets it (or hands it on).
                if let Some(name) = p.path.get_ident().map(ToString::to_string) {
                    let idx = self.frames.last().and_then(|f| f.vars.get(&name)).copied();
                    if let Some(i) = idx {
                        let sink = self.default_sink(map, e);
                        self.set_sink(i, sink);
                    }
                }
            }
            _ => {}
        }
    }

    fn default_sink(&self, map: SpanMap, e: &Expr) -> Sink {
        let returned = self.frames.last().is_some_and(|f| f.returned.contains(&addr(e)));
        if returned {
            Sink::Returned
        } else {
            Sink::Set(map.node(e))
        }
    }

    fn set_sink(&mut self, i: usize, sink: Sink) {
        if let Some(p) = self.frames.last_mut().and_then(|f| f.pending.get_mut(i)) {
            if p.sink.is_none() {
                p.sink = Some(sink);
            }
        }
    }

    fn on_method(&mut self, map: SpanMap, scope: &Scope, e: &Expr, m: &syn::ExprMethodCall) {
        let method = m.method.to_string();
        // Session middleware settings.
        if let Some(kind) = session_setting(&method, m.args.first()) {
            if let Some(fw) = session_base(self.frames.last(), &m.receiver) {
                let span = map.join(m.method.span(), m.paren_token.span.close());
                self.sessions.push(SessionSetting {
                    framework: fw,
                    kind,
                    span,
                    text: super::tokens_text(&CallText(m)),
                    item_path: scope.item_path(),
                    conditions: scope.conditions.clone(),
                });
                return;
            }
        }
        // Setters on a cookie variable: `c.set_secure(true)`, `c.make_removal()`.
        if let Some(idx) = var_index(self.frames.last(), &m.receiver) {
            let span = map.join(m.method.span(), m.paren_token.span.close());
            let op = match method.as_str() {
                "set_secure" => Some(Op::Secure(flag_of(span, m.args.first()))),
                "set_http_only" => Some(Op::HttpOnly(flag_of(span, m.args.first()))),
                "set_same_site" => Some(Op::SameSite(same_site_of(span, m.args.first()))),
                "make_removal" => Some(Op::Removal),
                "set_max_age" | "set_expires" if m.args.first().is_some_and(is_expired) => Some(Op::Removal),
                "set_path" | "set_domain" | "set_max_age" | "set_expires" | "set_partitioned" | "set_name"
                | "set_value" | "unset_expires" | "unset_max_age" | "unset_path" | "unset_domain" | "set_permanent" => {
                    None
                }
                _ => {
                    // Anything else reads the cookie (`c.to_string()`): a use.
                    if !BUILDER_METHODS.contains(&method.as_str()) {
                        let sink = Sink::Set(map.node(e));
                        self.set_sink(idx, sink);
                        self.handled.insert(addr(&m.receiver));
                    }
                    return;
                }
            };
            self.handled.insert(addr(&m.receiver));
            if let Some(op) = op {
                self.settle(scope, Eval::Var(idx, vec![op]));
            }
            return;
        }
        match method.as_str() {
            "remove" | "force_remove" | "del_cookie" | "remove_cookie" => {
                if let Some(arg) = m.args.first() {
                    match self.eval(map, scope, arg) {
                        Some(Eval::Var(i, _)) => {
                            if let Some(p) = self.frames.last_mut().and_then(|f| f.pending.get_mut(i)) {
                                p.fact.removal = true;
                                p.sink.get_or_insert(Sink::Returned);
                            }
                            self.mark_chain(arg);
                        }
                        Some(Eval::New(_)) => self.mark_chain(arg),
                        None => {}
                    }
                }
            }
            "add" if self.is_jar(&m.receiver) => self.jar_add(map, scope, e, None),
            "add" | "cookie" | "add_cookie" | "append_cookie" => {
                let Some(arg) = m.args.first() else { return };
                if let Some(ev) = self.eval(map, scope, arg) {
                    self.mark_chain(arg);
                    let span = map.join(m.method.span(), m.paren_token.span.close());
                    if let Some(i) = self.settle(scope, ev) {
                        self.set_sink(i, Sink::Set(span));
                    }
                }
            }
            _ => {
                // A cookie chain used as a value here.
                if let Some(ev) = self.eval(map, scope, e) {
                    if matches!(ev, Eval::New(_)) {
                        self.mark_chain(e);
                        let sink = self.default_sink(map, e);
                        if let Some(i) = self.settle(scope, ev) {
                            self.set_sink(i, sink);
                        }
                    }
                }
            }
        }
    }
}

/// Prints `method(args)` of a method call.
struct CallText<'a>(&'a syn::ExprMethodCall);

impl quote::ToTokens for CallText<'_> {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        self.0.method.to_tokens(tokens);
        self.0.paren_token.surround(tokens, |t| self.0.args.to_tokens(t));
    }
}

fn apply(f: &mut CookieFact, op: &Op) {
    match op {
        Op::Secure(x) => f.secure = *x,
        Op::HttpOnly(x) => f.http_only = *x,
        Op::SameSite(x) => f.same_site = *x,
        Op::Removal => f.removal = true,
    }
}

/// A setter under an `if` the binding is not under is config-dependent.
fn dynamic_if(op: Op, deeper: bool) -> Op {
    if !deeper {
        return op;
    }
    match op {
        Op::Secure(Flag::Set(_, s)) => Op::Secure(Flag::Dynamic(s)),
        Op::HttpOnly(Flag::Set(_, s)) => Op::HttpOnly(Flag::Dynamic(s)),
        Op::SameSite(_) => Op::SameSite(SameSite::Dynamic),
        other => other,
    }
}

fn var_index(frame: Option<&Frame>, e: &Expr) -> Option<usize> {
    let Expr::Path(p) = peel(e) else { return None };
    let name = p.path.get_ident()?.to_string();
    frame?.vars.get(&name).copied()
}

fn session_base(frame: Option<&Frame>, e: &Expr) -> Option<SessionFramework> {
    let mut e = peel(e);
    loop {
        if let Some(fw) = session_ctor(e) {
            return Some(fw);
        }
        match e {
            Expr::MethodCall(m) => e = peel(&m.receiver),
            Expr::Path(p) => {
                let name = p.path.get_ident()?.to_string();
                return frame?.sessions.get(&name).copied();
            }
            _ => return None,
        }
    }
}

fn session_setting(method: &str, arg: Option<&Expr>) -> Option<SessionSettingKind> {
    let arg = arg?;
    match method {
        "cookie_secure" | "with_secure" | "secure" if lit_bool(arg) == Some(false) => {
            Some(SessionSettingKind::SecureOff)
        }
        "cookie_http_only" | "with_http_only" | "http_only" if lit_bool(arg) == Some(false) => {
            Some(SessionSettingKind::HttpOnlyOff)
        }
        "cookie_same_site" | "with_same_site" | "same_site" => match peel(arg) {
            Expr::Path(p) if last_segment(&p.path) == "None" && p.path.segments.len() >= 2 => {
                Some(SessionSettingKind::SameSiteNone)
            }
            _ => None,
        },
        _ => None,
    }
}

fn pat_ident(p: &syn::Pat) -> Option<String> {
    match p {
        syn::Pat::Ident(i) => Some(i.ident.to_string()),
        syn::Pat::Type(t) => pat_ident(&t.pat),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn facts(src: &str) -> crate::facts::FileFacts {
        crate::facts::extract(FileId(0), &syn::parse_file(src).expect("parse"))
    }

    #[test]
    fn builder_forms_and_sinks() {
        let f = facts(
            r#"
            async fn login(jar: CookieJar) -> (CookieJar, Redirect) {
                let c = Cookie::build(("session", token.clone())).path("/").http_only(true);
                (jar.add(c), Redirect::to("/"))
            }
            async fn discarded(jar: CookieJar) -> StatusCode {
                jar.add(Cookie::new("session", token));
                StatusCode::OK
            }
            async fn actix() -> HttpResponse {
                HttpResponse::Ok().cookie(Cookie::build("sid", id).secure(true).finish()).finish()
            }
            fn setters(token: String) -> Cookie<'static> {
                let mut c = Cookie::new("auth", token);
                c.set_secure(true);
                if cfg.https { c.set_http_only(true); }
                c
            }
            async fn logout(jar: CookieJar) -> CookieJar {
                jar.remove(Cookie::build("session").removal())
            }
            "#,
        );
        let cs = &f.cookies.cookies;
        assert_eq!(cs.len(), 3, "{cs:#?}");
        let login = &cs[0];
        assert_eq!(login.name, CookieName::Literal("session".into()));
        assert_eq!(login.value_name.as_deref(), Some("token"));
        assert!(matches!(login.http_only, Flag::Set(true, _)));
        assert_eq!(login.secure, Flag::Unset);
        assert!(matches!(login.sink, Sink::Set(_)));
        assert!(matches!(cs[1].secure, Flag::Set(true, _)));
        let setters = &cs[2];
        assert!(matches!(setters.secure, Flag::Set(true, _)));
        assert!(matches!(setters.http_only, Flag::Dynamic(_)));
        assert_eq!(setters.sink, Sink::Returned);
    }

    #[test]
    fn session_middleware() {
        let f = facts(
            r#"
            fn app(key: Key) {
                let s = SessionMiddleware::builder(store, key).cookie_secure(false).cookie_same_site(SameSite::None).build();
                let layer = SessionManagerLayer::new(store).with_secure(cfg.secure).with_http_only(false);
                let id = IdentityService::new(CookieIdentityPolicy::new(&[0; 32]).name("auth").secure(false));
            }
            "#,
        );
        let kinds: Vec<_> = f.cookies.sessions.iter().map(|s| (s.framework, s.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (SessionFramework::ActixSession, SessionSettingKind::SameSiteNone),
                (SessionFramework::ActixSession, SessionSettingKind::SecureOff),
                (SessionFramework::TowerSessions, SessionSettingKind::HttpOnlyOff),
                (SessionFramework::ActixIdentity, SessionSettingKind::SecureOff),
            ]
        );
    }
}
