//! axum routers (and the routers of aide, utoipa-axum and axum-extra built on them): every
//! `.route`, `.nest`, `.merge`, `.layer`/`.route_layer` in order, with method routers
//! (`get(h).post(h2)`, `on(MethodFilter::..)`, `Handler::layer`) read into method entries.

use super::chain::{ChainKind, Eval, Nested, Partial, Value};
use super::layers::{self, LayerFact};
use super::types::{closure_params, Param, TypeRef};
use super::{last_segment, lit_str, peel, tokens_text, SpanMap};
use crate::source::Span;
use syn::Expr;

/// A path argument: a literal, a const, `concat!`, or something launchlint cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathExpr {
    Lit(String),
    Const(Vec<String>),
    Concat(Vec<PathExpr>),
    Unknown(String),
}

pub fn path_expr(e: &Expr) -> PathExpr {
    if let Some(s) = lit_str(e) {
        return PathExpr::Lit(s);
    }
    match peel(e) {
        Expr::Path(p) => PathExpr::Const(p.path.segments.iter().map(|s| s.ident.to_string()).collect()),
        Expr::Macro(m) if m.mac.path.is_ident("concat") => {
            match m.mac.parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated) {
                Ok(parts) => PathExpr::Concat(parts.iter().map(path_expr).collect()),
                Err(_) => PathExpr::Unknown(tokens_text(e)),
            }
        }
        other => PathExpr::Unknown(tokens_text(other)),
    }
}

/// What serves a method: a fn, a closure, a tower service, or something not visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandlerRef {
    Fn { path: Vec<String>, span: Span },
    Closure { params: Vec<Param>, rejects: Option<Span>, span: Span },
    Service { text: String, span: Span },
    Unknown { text: String, span: Span },
}

impl HandlerRef {
    pub fn span(&self) -> Span {
        match self {
            HandlerRef::Fn { span, .. }
            | HandlerRef::Closure { span, .. }
            | HandlerRef::Service { span, .. }
            | HandlerRef::Unknown { span, .. } => *span,
        }
    }
}

/// One method of a method router with its handler and the layers on that handler only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodEntry {
    /// `GET`, `POST`, ..., or `ANY`.
    pub method: String,
    pub handler: HandlerRef,
    pub layers: Vec<LayerFact>,
}

/// axum's router kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AxumRouter;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouterOp {
    /// `.route(path, method_router)`; `entries` empty when the method router is not visible.
    Route {
        path: PathExpr,
        entries: Vec<MethodEntry>,
        span: Span,
        path_span: Span,
    },
    Nest {
        prefix: PathExpr,
        routers: Vec<Partial<AxumRouter, RouterOp>>,
        span: Span,
    },
    /// `.nest_service(prefix, svc)`, `.route_service(path, svc)`.
    Service {
        path: PathExpr,
        text: String,
        span: Span,
        nested: bool,
    },
    Merge {
        routers: Vec<Partial<AxumRouter, RouterOp>>,
        span: Span,
    },
    /// `.layer(x)` (`route_only: false`) or `.route_layer(x)`.
    Layer {
        layer: LayerFact,
        route_only: bool,
        span: Span,
    },
    /// axum-extra `typed_get(h)`: the path sits on the handler's `TypedPath` argument.
    Typed {
        method: String,
        handler: HandlerRef,
        span: Span,
    },
    /// utoipa-axum `.routes(routes!(a, b))`: method and path sit on `#[utoipa::path]`.
    Utoipa {
        handlers: Vec<HandlerRef>,
        span: Span,
    },
}

impl Nested<AxumRouter, RouterOp> for RouterOp {
    fn nested(&self) -> Vec<&Partial<AxumRouter, RouterOp>> {
        match self {
            RouterOp::Nest { routers, .. } | RouterOp::Merge { routers, .. } => routers.iter().collect(),
            _ => Vec::new(),
        }
    }
}

pub type RouterValue = Value<AxumRouter, RouterOp>;

/// The evaluator the walker drives.
pub type RouterEval = Eval<AxumKind>;

#[derive(Debug, Default)]
pub struct AxumKind;

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete", "head", "options", "trace", "connect", "any"];

impl ChainKind for AxumKind {
    type Fresh = AxumRouter;
    type Op = RouterOp;
    type Local = LayerFact;

    fn constructor(_ev: &mut Eval<Self>, _map: SpanMap, c: &syn::ExprCall) -> Option<Partial<AxumRouter, RouterOp>> {
        let Expr::Path(p) = peel(&c.func) else {
            return None;
        };
        let n = p.path.segments.len();
        if n < 2 || !["Router", "ApiRouter", "OpenApiRouter"].iter().any(|t| p.path.segments[n - 2].ident == t) {
            return None;
        }
        let ty = p.path.segments[n - 2].ident.to_string();
        let ctor = p.path.segments[n - 1].ident.to_string();
        (matches!(ty.as_str(), "Router" | "ApiRouter" | "OpenApiRouter")
            && matches!(ctor.as_str(), "new" | "default" | "with_openapi"))
        .then(|| Partial::fresh(AxumRouter, Vec::new()))
    }

    fn setter(ev: &mut Eval<Self>, map: SpanMap, m: &syn::ExprMethodCall) -> Option<RouterOp> {
        let name = m.method.to_string();
        let span = map.join(m.method.span(), m.paren_token.span.close());
        let args: Vec<&Expr> = m.args.iter().collect();
        let local = |n: &str| ev.local(n).cloned();
        match (name.as_str(), args.as_slice()) {
            ("route" | "api_route" | "route_with_tsr", [path, mr, ..]) => {
                let entries = method_router(map, mr, &local).unwrap_or_default();
                Some(RouterOp::Route { path: path_expr(path), entries, span, path_span: map.node(*path) })
            }
            ("api_route_with", [path, mr, ..]) => {
                let entries = method_router(map, mr, &local).unwrap_or_default();
                Some(RouterOp::Route { path: path_expr(path), entries, span, path_span: map.node(*path) })
            }
            ("route_service", [path, svc]) => {
                Some(RouterOp::Service { path: path_expr(path), text: tokens_text(*svc), span, nested: false })
            }
            ("nest_service", [path, svc]) => {
                Some(RouterOp::Service { path: path_expr(path), text: tokens_text(*svc), span, nested: true })
            }
            ("nest" | "nest_api_service", [prefix, router]) => {
                let routers = ev.eval_arg(map, router);
                Some(RouterOp::Nest { prefix: path_expr(prefix), routers, span })
            }
            ("merge", [router]) => {
                let routers = ev.eval_arg(map, router);
                Some(RouterOp::Merge { routers, span })
            }
            ("layer" | "route_layer", [layer]) => {
                let layer = layers::classify(map, layer, &local);
                Some(RouterOp::Layer { layer, route_only: name == "route_layer", span })
            }
            ("routes", [arg]) => match peel(arg) {
                Expr::Macro(mac) if last_segment(&mac.mac.path) == "routes" => {
                    let handlers = mac
                        .mac
                        .parse_body_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                        .map(|ps| {
                            ps.iter()
                                .map(|p| HandlerRef::Fn {
                                    path: p.segments.iter().map(|s| s.ident.to_string()).collect(),
                                    span: map.node(p),
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    Some(RouterOp::Utoipa { handlers, span })
                }
                _ => None,
            },
            (typed, [h]) if typed.strip_prefix("typed_").is_some_and(|m| METHODS.contains(&m)) => {
                let method = typed.trim_start_matches("typed_").to_ascii_uppercase();
                Some(RouterOp::Typed { method, handler: handler_ref(map, h).0, span })
            }
            _ => None,
        }
    }

    const STARTERS: &'static [&'static str] =
        &["route", "nest", "merge", "route_layer", "layer", "nest_service", "route_service", "api_route", "routes"];

    fn param_type(ty: &TypeRef) -> bool {
        matches!(ty.name(), "Router" | "ApiRouter" | "OpenApiRouter")
    }

    fn foreign_root(path: &[String]) -> bool {
        let n = path.len();
        let owner = if n >= 2 { path[n - 2].as_str() } else { "" };
        matches!(owner, "App" | "Scope" | "Resource" | "HttpServer" | "Cors" | "ServiceBuilder")
            || (owner == "web" && matches!(path[n - 1].as_str(), "scope" | "resource"))
            || (n == 1 && matches!(path[0].as_str(), "scope" | "resource"))
    }

    fn local(_ev: &mut Eval<Self>, map: SpanMap, init: &Expr) -> Option<LayerFact> {
        if !layers::looks_like_layer(init) {
            return None;
        }
        // `let auth = middleware::from_fn_with_state(state.clone(), require_user);`
        let fact = layers::classify(map, init, &|_| None);
        (!matches!(
            fact.kind,
            layers::LayerKind::Unknown | layers::LayerKind::Call { .. } | layers::LayerKind::Named { .. }
        ))
        .then_some(fact)
    }
}

/// A handler expression: the handler and any `Handler::layer` on it.
fn handler_ref(map: SpanMap, e: &Expr) -> (HandlerRef, Vec<LayerFact>) {
    let mut layers = Vec::new();
    let mut cur = e;
    loop {
        match peel(cur) {
            Expr::MethodCall(m) if m.method == "layer" => {
                if let Some(a) = m.args.first() {
                    layers.push(layers::classify(map, a, &|_| None));
                }
                cur = &m.receiver;
            }
            Expr::MethodCall(m) if m.method == "with_state" || m.method == "into_service" => cur = &m.receiver,
            _ => break,
        }
    }
    layers.reverse();
    let span = map.node(cur);
    let h = match peel(cur) {
        Expr::Path(p) => HandlerRef::Fn { path: p.path.segments.iter().map(|s| s.ident.to_string()).collect(), span },
        Expr::Closure(c) => {
            let rejects = super::authcheck_closure(map, &c.body);
            HandlerRef::Closure { params: closure_params(map, c), rejects, span }
        }
        other => HandlerRef::Unknown { text: tokens_text(other), span },
    };
    (h, layers)
}

/// `MethodFilter::POST`, `MethodFilter::GET.or(MethodFilter::POST)`, `MethodFilter::GET | ..`.
fn method_filter(e: &Expr) -> Vec<String> {
    match peel(e) {
        Expr::Path(p) => vec![last_segment(&p.path)],
        Expr::MethodCall(m) if m.method == "or" => {
            let mut v = method_filter(&m.receiver);
            if let Some(a) = m.args.first() {
                v.extend(method_filter(a));
            }
            v
        }
        Expr::Binary(b) => {
            let mut v = method_filter(&b.left);
            v.extend(method_filter(&b.right));
            v
        }
        _ => vec!["ANY".into()],
    }
}

/// Reads a method router: `get(h)`, `get(h).post(h2).layer(x)`, `on(filter, h)`,
/// `get_service(svc)`, `get_with(h, docs)` (aide). `None` when it is not visibly one.
pub fn method_router(map: SpanMap, e: &Expr, local: &dyn Fn(&str) -> Option<LayerFact>) -> Option<Vec<MethodEntry>> {
    match peel(e) {
        Expr::Call(c) => {
            let Expr::Path(p) = peel(&c.func) else {
                return None;
            };
            let name = last_segment(&p.path);
            let args: Vec<&Expr> = c.args.iter().collect();
            entries_for(map, &name, &args)
        }
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            let mut entries = method_router(map, &m.receiver, local)?;
            if name == "layer" || name == "route_layer" {
                if let Some(a) = m.args.first() {
                    let l = layers::classify(map, a, local);
                    for e in &mut entries {
                        e.layers.push(l.clone());
                    }
                }
            } else {
                let args: Vec<&Expr> = m.args.iter().collect();
                if let Some(more) = entries_for(map, &name, &args) {
                    entries.extend(more);
                }
            }
            Some(entries)
        }
        _ => None,
    }
}

fn entries_for(map: SpanMap, name: &str, args: &[&Expr]) -> Option<Vec<MethodEntry>> {
    let base = name.trim_end_matches("_service").trim_end_matches("_with");
    if name == "on" || name == "on_service" {
        let (filter, h) = (args.first()?, args.get(1)?);
        let (handler, layers) = if name == "on_service" {
            (HandlerRef::Service { text: tokens_text(*h), span: map.node(*h) }, Vec::new())
        } else {
            handler_ref(map, h)
        };
        return Some(
            method_filter(filter)
                .into_iter()
                .map(|m| MethodEntry {
                    method: m.to_ascii_uppercase(),
                    handler: handler.clone(),
                    layers: layers.clone(),
                })
                .collect(),
        );
    }
    if !METHODS.contains(&base) {
        return None;
    }
    let h = args.first()?;
    let (handler, layers) = if name.ends_with("_service") {
        (HandlerRef::Service { text: tokens_text(*h), span: map.node(*h) }, Vec::new())
    } else {
        handler_ref(map, h)
    };
    Some(vec![MethodEntry { method: base.to_ascii_uppercase(), handler, layers }])
}
