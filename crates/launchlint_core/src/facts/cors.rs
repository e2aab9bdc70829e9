//! CORS builder values (tower-http `CorsLayer`, actix-cors `Cors`), evaluated per fn with a small
//! environment of `let` bindings, so chains split across statements, `if`/`match` branches and
//! helper fns (linked later by the model) all end up as one list of settings per value.

use super::{last_segment, lit_bool, lit_str, peel, tokens_text, Condition, Scope, SpanMap};
use crate::source::Span;
use std::collections::HashMap;
use syn::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    TowerHttp,
    ActixCors,
    Unknown,
}

/// How a value starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsBase {
    /// A constructor (`CorsLayer::new()`, `Cors::default()`, a preset whose settings are the
    /// first ops).
    Fresh(Framework),
    /// The result of calling a fn (`cors_layer(&cfg)`), resolved by the model.
    Call { path: Vec<String> },
    /// A parameter or anything else not visible.
    Unknown,
}

/// What an origin setting allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// tower-http `Any` / `AllowOrigin::any()`: `*`.
    Any,
    /// A literal `"*"` origin.
    Star,
    /// Echoes the request's `Origin` (tower `mirror_request`, `very_permissive`, actix
    /// `allow_any_origin` without `send_wildcard`, `Cors::permissive`).
    Mirror,
    /// A predicate that accepts every origin.
    PredicateAlwaysTrue,
    /// A predicate with a bypassable test (suffix without a dot, prefix, substring).
    PredicateWeak(String),
    /// A predicate launchlint cannot judge.
    PredicateOther,
    /// A list of exact origins; flags for `*` and `null` among them.
    List { star: bool, null: bool },
    /// An env/config value whose fallback is `"*"`.
    StarFallback,
    /// Not visible (config, variables).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpKind {
    /// tower-http: replaces the origin setting.
    SetOrigin(Origin),
    /// actix-cors: adds to the allowed origins.
    AddOrigin(Origin),
    /// `Some(true)` / `Some(false)` / `None` for a non-literal.
    Credentials(Option<bool>),
    /// actix `send_wildcard()`.
    SendWildcard,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorsOp {
    pub kind: OpKind,
    pub framework: Framework,
    /// The call that made the setting (`allow_origin(Any)`, or a preset constructor).
    pub span: Span,
    /// How it was written, for messages (`CorsLayer::very_permissive()`, `allow_origin(Any)`).
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Consumed here (passed to `.layer`, `.wrap`, stored...).
    Use,
    /// Returned from the enclosing fn.
    Return,
}

/// One CORS builder value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorsValue {
    pub base: CorsBase,
    pub ops: Vec<CorsOp>,
    /// Conditions that gate this value (`cfg!(debug_assertions)`, `cfg(feature = "dev")`).
    pub conditions: Vec<Condition>,
    pub role: Role,
    /// Enclosing item, relative to the file's module.
    pub item_path: String,
    /// Inline module of the enclosing fn.
    pub module: Vec<String>,
    /// Enclosing fn name (for returns).
    pub fn_name: String,
    pub span: Span,
}

const SETTERS: &[&str] = &[
    "allow_origin",
    "allow_credentials",
    "allowed_origin",
    "allowed_origin_fn",
    "allow_any_origin",
    "supports_credentials",
    "send_wildcard",
];

#[derive(Debug, Clone)]
struct Partial {
    base: CorsBase,
    ops: Vec<CorsOp>,
    conditions: Vec<Condition>,
}

#[derive(Debug, Default)]
struct Frame {
    env: HashMap<String, (Vec<Partial>, bool, Span)>,
    /// Locals holding origin values (`let origins = [HeaderValue::from_static(..), ..]`).
    origins: HashMap<String, Origin>,
    tail: Option<*const Expr>,
    fn_name: String,
}

/// Stateful evaluator driven by the file walker.
#[derive(Debug, Default)]
pub struct CorsEval {
    frames: Vec<Frame>,
    pub out: Vec<CorsValue>,
}

impl CorsEval {
    pub fn enter_fn(&mut self, name: &str, body: &syn::Block) {
        let tail = match body.stmts.last() {
            Some(syn::Stmt::Expr(e, None)) => Some(e as *const Expr),
            _ => None,
        };
        self.frames.push(Frame { env: HashMap::new(), origins: HashMap::new(), tail, fn_name: name.to_string() });
    }

    /// Ends a fn: bindings never consumed are reported as uses at their binding.
    pub fn exit_fn(&mut self, map: SpanMap, scope: &Scope) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        let mut left: Vec<_> = frame.env.into_iter().filter(|(_, (_, used, _))| !used).collect();
        left.sort_by_key(|(_, (_, _, span))| *span);
        for (_, (partials, _, span)) in left {
            self.record(map, scope, partials, Role::Use, span, &frame.fn_name);
        }
    }

    fn record(&mut self, _map: SpanMap, scope: &Scope, partials: Vec<Partial>, role: Role, span: Span, fn_name: &str) {
        for p in partials {
            let mut conditions = scope.conditions.clone();
            conditions.extend(p.conditions);
            self.out.push(CorsValue {
                base: p.base,
                ops: p.ops,
                conditions,
                role,
                item_path: scope.item_path(),
                module: scope.module.clone(),
                fn_name: fn_name.to_string(),
                span,
            });
        }
    }

    /// `let x = <cors>;`: binds instead of recording. Returns whether the init was consumed.
    pub fn on_local(&mut self, map: SpanMap, local: &syn::Local) -> bool {
        if self.frames.is_empty() {
            return false;
        }
        let Some(init) = &local.init else {
            return false;
        };
        let Some(name) = pat_ident(&local.pat) else {
            return false;
        };
        let Some(values) = self.eval(map, &init.expr) else {
            // Not a builder; remember it if it is a visible origin value.
            let origin = tower_origin(&init.expr, &HashMap::new());
            if origin != Origin::Unknown {
                if let Some(frame) = self.frames.last_mut() {
                    frame.origins.insert(name, origin);
                }
            }
            return false;
        };
        let span = map.node(local);
        if let Some(frame) = self.frames.last_mut() {
            frame.env.insert(name, (values, false, span));
        }
        true
    }

    /// Any expression: records CORS values found at this node. Returns whether the node was
    /// consumed (the walker must not descend into it).
    pub fn on_expr(&mut self, map: SpanMap, scope: &Scope, e: &Expr) -> bool {
        if self.frames.is_empty() {
            return false;
        }
        if let Expr::Assign(a) = e {
            if let Some(name) = expr_ident(&a.left) {
                if let Some(values) = self.eval(map, &a.right) {
                    if let Some(frame) = self.frames.last_mut() {
                        frame.env.insert(name, (values, false, map.node(e)));
                    }
                    return true;
                }
            }
            return false;
        }
        let (inner, role) = match e {
            Expr::Return(r) => match &r.expr {
                Some(x) => (&**x, Role::Return),
                None => return false,
            },
            _ => {
                let is_tail = self.frames.last().and_then(|f| f.tail).is_some_and(|t| std::ptr::eq(t, e));
                (e, if is_tail { Role::Return } else { Role::Use })
            }
        };
        let Some(values) = self.eval(map, inner) else {
            return false;
        };
        let fn_name = self.frames.last().map(|f| f.fn_name.clone()).unwrap_or_default();
        self.record(map, scope, values, role, map.node(inner), &fn_name);
        true
    }

    fn read_var(&mut self, name: &str) -> Option<Vec<Partial>> {
        let frame = self.frames.last_mut()?;
        let entry = frame.env.get_mut(name)?;
        entry.1 = true;
        Some(entry.0.clone())
    }

    /// The CORS values an expression can evaluate to, or `None` if it is not a CORS builder.
    fn eval(&mut self, map: SpanMap, e: &Expr) -> Option<Vec<Partial>> {
        match peel(e) {
            Expr::Path(p) if p.path.segments.len() == 1 => self.read_var(&last_segment(&p.path)),
            Expr::Call(c) => constructor(map, c).map(|p| vec![p]),
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                let receiver = match self.eval(map, &m.receiver) {
                    Some(r) => r,
                    None if SETTERS.contains(&method.as_str()) => vec![Partial {
                        base: match peel(&m.receiver) {
                            Expr::Call(c) => match peel(&c.func) {
                                Expr::Path(p) => CorsBase::Call {
                                    path: p.path.segments.iter().map(|s| s.ident.to_string()).collect(),
                                },
                                _ => CorsBase::Unknown,
                            },
                            _ => CorsBase::Unknown,
                        },
                        ops: Vec::new(),
                        conditions: Vec::new(),
                    }],
                    None => return None,
                };
                let op = setter_op(map, m, self.frames.last().map(|f| &f.origins).unwrap_or(&HashMap::new()));
                Some(
                    receiver
                        .into_iter()
                        .map(|mut p| {
                            if let Some(op) = &op {
                                p.ops.push(op.clone());
                            }
                            p
                        })
                        .collect(),
                )
            }
            Expr::If(i) => {
                let cond = super::walk::condition_span(map, i);
                let then = self.eval_block(map, &i.then_branch);
                let els = match &i.else_branch {
                    Some((_, e)) => self.eval(map, e),
                    None => None,
                };
                if then.is_none() && els.is_none() {
                    return None;
                }
                let mut out = Vec::new();
                for mut p in then.unwrap_or_default() {
                    p.conditions.push(Condition { span: cond, holds: true });
                    out.push(p);
                }
                for mut p in els.unwrap_or_default() {
                    p.conditions.push(Condition { span: cond, holds: false });
                    out.push(p);
                }
                Some(out)
            }
            Expr::Match(m) => {
                let mut out = Vec::new();
                for arm in &m.arms {
                    if let Some(values) = self.eval(map, &arm.body) {
                        out.extend(values);
                    }
                }
                (!out.is_empty()).then_some(out)
            }
            Expr::Block(b) => self.eval_block(map, &b.block),
            _ => None,
        }
    }

    fn eval_block(&mut self, map: SpanMap, b: &syn::Block) -> Option<Vec<Partial>> {
        let mut result = None;
        for (i, stmt) in b.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(l) => {
                    self.on_local(map, l);
                }
                syn::Stmt::Expr(e, None) if i + 1 == b.stmts.len() => result = self.eval(map, e),
                _ => {}
            }
        }
        result
    }
}

fn pat_ident(p: &syn::Pat) -> Option<String> {
    match p {
        syn::Pat::Ident(i) => Some(i.ident.to_string()),
        syn::Pat::Type(t) => pat_ident(&t.pat),
        _ => None,
    }
}

fn expr_ident(e: &Expr) -> Option<String> {
    match peel(e) {
        Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

/// `CorsLayer::new()`, `CorsLayer::very_permissive()`, `Cors::default()`, `Cors::permissive()`.
fn constructor(map: SpanMap, c: &syn::ExprCall) -> Option<Partial> {
    let Expr::Path(p) = peel(&c.func) else {
        return None;
    };
    let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
    if segs.len() < 2 {
        return None;
    }
    let ty = segs[segs.len() - 2].as_str();
    let ctor = segs[segs.len() - 1].as_str();
    let framework = match ty {
        "CorsLayer" => Framework::TowerHttp,
        "Cors" => Framework::ActixCors,
        _ => return None,
    };
    let span = map.node(c);
    let text = format!("{ty}::{ctor}()");
    let op = |kind| CorsOp { kind, framework, span, text: text.clone() };
    let ops = match (framework, ctor) {
        (_, "new" | "default") => Vec::new(),
        (Framework::TowerHttp, "permissive") => vec![op(OpKind::SetOrigin(Origin::Any))],
        (Framework::TowerHttp, "very_permissive") => {
            vec![op(OpKind::SetOrigin(Origin::Mirror)), op(OpKind::Credentials(Some(true)))]
        }
        (Framework::ActixCors, "permissive") => {
            vec![op(OpKind::AddOrigin(Origin::Mirror)), op(OpKind::Credentials(Some(true)))]
        }
        _ => return None,
    };
    Some(Partial { base: CorsBase::Fresh(framework), ops, conditions: Vec::new() })
}

fn setter_op(map: SpanMap, m: &syn::ExprMethodCall, locals: &HashMap<String, Origin>) -> Option<CorsOp> {
    let method = m.method.to_string();
    let end = m.paren_token.span.close();
    let span = map.join(m.method.span(), end);
    let arg = m.args.first();
    let args_text = m.args.iter().map(tokens_text).collect::<Vec<_>>().join(", ");
    let text = format!("{method}({args_text})");
    let (kind, framework) = match method.as_str() {
        "allow_origin" => {
            (OpKind::SetOrigin(arg.map_or(Origin::Unknown, |a| tower_origin(a, locals))), Framework::TowerHttp)
        }
        "allow_credentials" => {
            let v = arg.and_then(|a| lit_bool(a).or_else(|| allow_credentials_ctor(a)));
            (OpKind::Credentials(v), Framework::TowerHttp)
        }
        "allowed_origin" => (OpKind::AddOrigin(arg.map_or(Origin::Unknown, actix_origin)), Framework::ActixCors),
        "allowed_origin_fn" => (OpKind::AddOrigin(arg.map_or(Origin::Unknown, predicate)), Framework::ActixCors),
        "allow_any_origin" => (OpKind::AddOrigin(Origin::Mirror), Framework::ActixCors),
        "supports_credentials" => (OpKind::Credentials(Some(true)), Framework::ActixCors),
        "send_wildcard" => (OpKind::SendWildcard, Framework::ActixCors),
        _ => return None,
    };
    Some(CorsOp { kind, framework, span, text })
}

/// `AllowCredentials::yes()` is `true`; a predicate is not a constant.
fn allow_credentials_ctor(e: &Expr) -> Option<bool> {
    match peel(e) {
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) if last_segment(&p.path) == "yes" => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// Strips `.unwrap()`, `.expect(..)`, `?`, `.into()` around a value.
fn strip_unwrap(mut e: &Expr) -> &Expr {
    loop {
        match peel(e) {
            Expr::Try(t) => e = &t.expr,
            Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "unwrap" | "expect" | "into" | "clone") => {
                e = &m.receiver
            }
            other => return other,
        }
    }
}

/// A single origin value: `"*"`, `"null"`, `"https://x".parse()`, `HeaderValue::from_static("..")`.
fn single_origin(e: &Expr) -> Option<Origin> {
    let e = strip_unwrap(e);
    let text = match e {
        Expr::MethodCall(m) if m.method == "parse" => lit_str(&m.receiver),
        Expr::Call(c) => match (peel(&c.func), c.args.first()) {
            (Expr::Path(p), Some(a))
                if matches!(last_segment(&p.path).as_str(), "from_static" | "from_str" | "from_bytes") =>
            {
                lit_str(a)
            }
            _ => None,
        },
        _ => lit_str(e),
    }?;
    Some(match text.trim() {
        "*" => Origin::Star,
        "null" => Origin::List { star: false, null: true },
        _ => Origin::List { star: false, null: false },
    })
}

fn list_origin<'a>(elems: impl Iterator<Item = &'a Expr>) -> Origin {
    let (mut star, mut null, mut unknown) = (false, false, false);
    for el in elems {
        match single_origin(el) {
            Some(Origin::Star) => star = true,
            Some(Origin::List { null: n, .. }) => null |= n,
            _ => unknown = true,
        }
    }
    if !star && !null && unknown {
        return Origin::Unknown;
    }
    Origin::List { star, null }
}

fn tower_origin(e: &Expr, locals: &HashMap<String, Origin>) -> Origin {
    let e = strip_unwrap(e);
    match e {
        Expr::Path(p) if p.path.get_ident().is_some_and(|i| locals.contains_key(&i.to_string())) => {
            p.path.get_ident().and_then(|i| locals.get(&i.to_string())).cloned().unwrap_or(Origin::Unknown)
        }
        Expr::Path(p) if last_segment(&p.path) == "Any" => Origin::Any,
        Expr::Call(c) => {
            let Expr::Path(p) = peel(&c.func) else {
                return Origin::Unknown;
            };
            let name = last_segment(&p.path);
            let owner = p.path.segments.iter().rev().nth(1).map(|s| s.ident.to_string()).unwrap_or_default();
            match name.as_str() {
                "any" if owner == "AllowOrigin" || owner == "cors" || owner.is_empty() => Origin::Any,
                "mirror_request" => Origin::Mirror,
                "predicate" | "async_predicate" => c.args.first().map_or(Origin::PredicateOther, predicate),
                "exact" => c.args.first().and_then(single_origin).unwrap_or(Origin::Unknown),
                "list" => match c.args.first().map(strip_unwrap) {
                    Some(Expr::Array(a)) => list_origin(a.elems.iter()),
                    _ => Origin::Unknown,
                },
                _ => single_origin(e).unwrap_or(Origin::Unknown),
            }
        }
        Expr::Array(a) => list_origin(a.elems.iter()),
        Expr::Macro(m) if m.mac.path.is_ident("vec") => {
            match m.mac.parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated) {
                Ok(items) => list_origin(items.iter()),
                Err(_) => Origin::Unknown,
            }
        }
        _ => single_origin(e).unwrap_or(Origin::Unknown),
    }
}

fn actix_origin(e: &Expr) -> Origin {
    if let Some(o) = single_origin(e) {
        return o;
    }
    // `&env::var("ORIGIN").unwrap_or_else(|_| "*".into())`, `.unwrap_or("*".to_string())`.
    if let Expr::MethodCall(m) = peel(e) {
        if m.method == "unwrap_or" || m.method == "unwrap_or_else" {
            if let Some(arg) = m.args.first() {
                let fallback = match peel(arg) {
                    Expr::Closure(c) => strip_to_literal(&c.body),
                    other => strip_to_literal(other),
                };
                if fallback.as_deref() == Some("*") {
                    return Origin::StarFallback;
                }
            }
        }
    }
    Origin::Unknown
}

fn strip_to_literal(e: &Expr) -> Option<String> {
    match peel(e) {
        Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "into" | "to_string" | "to_owned") => {
            strip_to_literal(&m.receiver)
        }
        Expr::Call(c) if matches!(peel(&c.func), Expr::Path(p) if last_segment(&p.path) == "from") => {
            c.args.first().and_then(strip_to_literal)
        }
        Expr::Block(b) => match b.block.stmts.last() {
            Some(syn::Stmt::Expr(e, None)) => strip_to_literal(e),
            _ => None,
        },
        other => lit_str(other),
    }
}

/// Judges an origin predicate closure.
fn predicate(e: &Expr) -> Origin {
    let Expr::Closure(c) = peel(e) else {
        return Origin::PredicateOther;
    };
    let mut body = peel(&c.body);
    // `async move { .. }` and `{ .. }` bodies: look at the tail.
    loop {
        match body {
            Expr::Block(b) => match b.block.stmts.last() {
                Some(syn::Stmt::Expr(t, None)) if b.block.stmts.len() == 1 => body = peel(t),
                _ => break,
            },
            Expr::Async(a) => match a.block.stmts.last() {
                Some(syn::Stmt::Expr(t, None)) if a.block.stmts.len() == 1 => body = peel(t),
                _ => break,
            },
            _ => break,
        }
    }
    if lit_bool(body) == Some(true) {
        return Origin::PredicateAlwaysTrue;
    }
    let mut weak = None;
    find_weak_test(body, &mut weak);
    match weak {
        Some(w) => Origin::PredicateWeak(w),
        None => Origin::PredicateOther,
    }
}

fn find_weak_test(e: &Expr, out: &mut Option<String>) {
    use syn::visit::Visit;
    struct V<'a>(&'a mut Option<String>);
    impl<'ast> Visit<'ast> for V<'_> {
        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            let name = m.method.to_string();
            if let Some(lit) = m.args.first().and_then(lit_str) {
                let weak = match name.as_str() {
                    "ends_with" => !lit.starts_with('.') && !lit.contains("://"),
                    "starts_with" => !lit.ends_with('/') && lit.contains("://"),
                    "contains" => true,
                    _ => false,
                };
                if weak && self.0.is_none() {
                    *self.0 = Some(format!("{name}({lit:?})"));
                }
            }
            syn::visit::visit_expr_method_call(self, m);
        }
    }
    V(out).visit_expr(e);
}

/// Used by the walker: whether a path names a setter that can start a CORS chain.
pub fn is_setter(name: &str) -> bool {
    SETTERS.contains(&name)
}

/// For notes: the fn path a `Call` base names, as written.
pub fn call_text(path: &[String]) -> String {
    path.join("::")
}
