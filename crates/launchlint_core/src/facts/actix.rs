//! actix-web services: `App`, `web::scope`, `web::resource` builders and `ServiceConfig`
//! functions (`.configure(f)`), with their `.wrap`s, `.service`s and `.route`s; and the route
//! attributes on handler fns (`#[get("/p", wrap = "..")]`, `#[route(..)]`, `#[routes]`).

use super::axum::{path_expr, HandlerRef, MethodEntry, PathExpr};
use super::chain::{ChainKind, Eval, Nested, Partial, Value};
use super::layers::{self, LayerFact};
use super::types::{closure_params, TypeRef};
use super::{last_segment, lit_str, peel, tokens_text, SpanMap};
use crate::source::Span;
use syn::Expr;

/// What an actix builder value is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActixFresh {
    App,
    Scope(PathExpr),
    /// `web::resource(path)` (several paths for `web::resource(["/a", "/b"])`).
    Resource(Vec<PathExpr>),
}

/// What `.service(..)` registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceArg {
    /// A scope, resource or helper result.
    Value(Vec<Partial<ActixFresh, ActixOp>>),
    /// Attribute-routed handler fns (`.service(show)`, `services![a, b]`).
    Handlers(Vec<(Vec<String>, Span)>),
    /// `actix_files::Files::new("/static", dir)`.
    Files(PathExpr),
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActixOp {
    /// `.wrap(mw)` / `.wrap_fn(..)`: covers everything in this builder, in any order.
    Wrap {
        layer: LayerFact,
        span: Span,
    },
    Service {
        target: ServiceArg,
        span: Span,
    },
    /// App/scope `.route(path, web::get().to(h))`.
    Route {
        path: PathExpr,
        entries: Vec<MethodEntry>,
        span: Span,
        path_span: Span,
    },
    /// Resource `.route(web::post().to(h))` or `.to(h)`.
    ResourceRoute {
        entries: Vec<MethodEntry>,
        span: Span,
    },
    /// `.configure(f)` / `.configure(|cfg| ..)`: fns taking `&mut ServiceConfig`, and the
    /// operations a closure applies inline.
    Configure {
        fns: Vec<Vec<String>>,
        inline: Vec<ActixOp>,
        span: Span,
    },
}

impl Nested<ActixFresh, ActixOp> for ActixOp {
    fn nested(&self) -> Vec<&Partial<ActixFresh, ActixOp>> {
        match self {
            ActixOp::Service { target: ServiceArg::Value(v), .. } => v.iter().collect(),
            ActixOp::Configure { inline, .. } => inline.iter().flat_map(|o| o.nested()).collect(),
            _ => Vec::new(),
        }
    }
}

pub type ActixValue = Value<ActixFresh, ActixOp>;
pub type ActixEval = Eval<ActixKind>;

#[derive(Debug, Default)]
pub struct ActixKind;

fn segs(p: &syn::Path) -> Vec<String> {
    p.segments.iter().map(|s| s.ident.to_string()).collect()
}

impl ChainKind for ActixKind {
    type Fresh = ActixFresh;
    type Op = ActixOp;
    type Local = LayerFact;

    fn constructor(ev: &mut Eval<Self>, map: SpanMap, c: &syn::ExprCall) -> Option<Partial<ActixFresh, ActixOp>> {
        let Expr::Path(p) = peel(&c.func) else {
            return None;
        };
        let last_ident = &p.path.segments.last()?.ident;
        let ctor = last_ident == "new" || last_ident == "scope" || last_ident == "resource";
        if !ctor && (!ev.has_bindings() || c.args.is_empty()) {
            return None;
        }
        let s = segs(&p.path);
        let n = s.len();
        let last = s.last().map(String::as_str).unwrap_or("");
        let owner = if n >= 2 { s[n - 2].as_str() } else { "" };
        let fresh = match (owner, last) {
            ("App", "new") => Some(ActixFresh::App),
            ("web" | "", "scope") | ("Scope", "new") => c.args.first().map(|a| ActixFresh::Scope(path_expr(a))),
            ("web" | "", "resource") | ("Resource", "new") => c.args.first().map(|a| match peel(a) {
                Expr::Array(arr) => ActixFresh::Resource(arr.elems.iter().map(path_expr).collect()),
                other => ActixFresh::Resource(vec![path_expr(other)]),
            }),
            _ => None,
        };
        if let Some(f) = fresh {
            return Some(Partial::fresh(f, Vec::new()));
        }
        // `api::configure(cfg)` inside a configure fn: the call applies to the same config.
        for a in &c.args {
            if let Expr::Path(ap) = peel(a) {
                if ap.path.get_ident().is_some() {
                    if let Some(mut values) = ev.eval(map, a) {
                        let op = ActixOp::Configure { fns: vec![s.clone()], inline: Vec::new(), span: map.node(p) };
                        for v in &mut values {
                            v.ops.push(op.clone());
                        }
                        return values.into_iter().next();
                    }
                }
            }
        }
        None
    }

    fn setter(ev: &mut Eval<Self>, map: SpanMap, m: &syn::ExprMethodCall) -> Option<ActixOp> {
        let name = m.method.to_string();
        let span = map.join(m.method.span(), m.paren_token.span.close());
        let args: Vec<&Expr> = m.args.iter().collect();
        match (name.as_str(), args.as_slice()) {
            ("wrap", [mw]) => {
                let layer = layers::classify(map, mw, &|n| ev.local(n).cloned());
                Some(ActixOp::Wrap { layer, span })
            }
            ("wrap_fn", [f]) => Some(ActixOp::Wrap { layer: layers::classify(map, f, &|_| None), span }),
            ("service", [target]) => Some(ActixOp::Service { target: service_arg(ev, map, target), span }),
            ("route", [path, route]) => Some(ActixOp::Route {
                path: path_expr(path),
                entries: route_entries(map, route).unwrap_or_default(),
                span,
                path_span: map.node(*path),
            }),
            ("route", [route]) => {
                Some(ActixOp::ResourceRoute { entries: route_entries(map, route).unwrap_or_default(), span })
            }
            ("to" | "to_async", [h]) => {
                let (handler, layers) = handler_of(map, h);
                Some(ActixOp::ResourceRoute {
                    entries: vec![MethodEntry { method: "ANY".into(), handler, layers }],
                    span,
                })
            }
            ("configure", [f]) => Some(configure_arg(ev, map, f, span)),
            _ => None,
        }
    }

    const STARTERS: &'static [&'static str] = &["wrap", "wrap_fn", "service", "configure"];

    fn foreign_root(path: &[String]) -> bool {
        let n = path.len();
        let owner = if n >= 2 { path[n - 2].as_str() } else { "" };
        matches!(owner, "Router" | "ApiRouter" | "OpenApiRouter" | "CorsLayer" | "ServiceBuilder")
    }

    fn param_type(ty: &TypeRef) -> bool {
        matches!(ty.name(), "ServiceConfig" | "Scope" | "App" | "Resource")
    }

    fn local(_ev: &mut Eval<Self>, map: SpanMap, init: &Expr) -> Option<LayerFact> {
        if !layers::looks_like_layer(init) {
            return None;
        }
        let fact = layers::classify(map, init, &|_| None);
        (!matches!(
            fact.kind,
            layers::LayerKind::Unknown | layers::LayerKind::Call { .. } | layers::LayerKind::Named { .. }
        ))
        .then_some(fact)
    }
}

fn service_arg(ev: &mut Eval<ActixKind>, map: SpanMap, e: &Expr) -> ServiceArg {
    if let Some(v) = ev.eval(map, e) {
        return ServiceArg::Value(v);
    }
    match peel(e) {
        Expr::Path(p) => ServiceArg::Handlers(vec![(segs(&p.path), map.node(p))]),
        Expr::Macro(mac) if last_segment(&mac.mac.path) == "services" => ServiceArg::Handlers(
            mac.mac
                .parse_body_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map(|ps| ps.iter().map(|p| (segs(p), map.node(p))).collect())
                .unwrap_or_default(),
        ),
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) if segs(&p.path).iter().any(|s| s == "Files") => {
                ServiceArg::Files(c.args.first().map_or(PathExpr::Unknown(String::new()), path_expr))
            }
            _ => ServiceArg::Value(ev.eval_arg(map, e)),
        },
        Expr::MethodCall(mc) => {
            // `Files::new("/static", dir).show_files_listing()`.
            let mut root: &Expr = &mc.receiver;
            while let Expr::MethodCall(inner) = peel(root) {
                root = &inner.receiver;
            }
            if let Expr::Call(c) = peel(root) {
                if matches!(peel(&c.func), Expr::Path(p) if segs(&p.path).iter().any(|s| s == "Files")) {
                    return ServiceArg::Files(c.args.first().map_or(PathExpr::Unknown(String::new()), path_expr));
                }
            }
            ServiceArg::Value(ev.eval_arg(map, e))
        }
        other => ServiceArg::Unknown(tokens_text(other)),
    }
}

fn configure_arg(ev: &mut Eval<ActixKind>, map: SpanMap, e: &Expr, span: Span) -> ActixOp {
    match peel(e) {
        Expr::Path(p) => ActixOp::Configure { fns: vec![segs(&p.path)], inline: Vec::new(), span },
        Expr::Closure(c) => {
            let param = match c.inputs.first() {
                Some(syn::Pat::Ident(i)) => i.ident.to_string(),
                Some(syn::Pat::Type(t)) => match &*t.pat {
                    syn::Pat::Ident(i) => i.ident.to_string(),
                    _ => String::new(),
                },
                _ => String::new(),
            };
            let mut fns = Vec::new();
            let mut inline = Vec::new();
            let stmts: Vec<&Expr> = match peel(&c.body) {
                Expr::Block(b) => b
                    .block
                    .stmts
                    .iter()
                    .filter_map(|s| match s {
                        syn::Stmt::Expr(e, _) => Some(e),
                        _ => None,
                    })
                    .collect(),
                other => vec![other],
            };
            for s in stmts {
                collect_config_stmt(ev, map, s, &param, &mut fns, &mut inline);
            }
            ActixOp::Configure { fns, inline, span }
        }
        _ => ActixOp::Configure { fns: Vec::new(), inline: Vec::new(), span },
    }
}

/// One statement of a configure closure: `cfg.service(..).route(..)` or `api::configure(cfg)`.
fn collect_config_stmt(
    ev: &mut Eval<ActixKind>,
    map: SpanMap,
    e: &Expr,
    param: &str,
    fns: &mut Vec<Vec<String>>,
    inline: &mut Vec<ActixOp>,
) {
    match peel(e) {
        Expr::MethodCall(m) => {
            let mut chain = vec![m];
            let mut root: &Expr = &m.receiver;
            while let Expr::MethodCall(inner) = peel(root) {
                chain.push(inner);
                root = &inner.receiver;
            }
            if matches!(peel(root), Expr::Path(p) if p.path.is_ident(param)) {
                for mc in chain.into_iter().rev() {
                    if let Some(op) = ActixKind::setter(ev, map, mc) {
                        inline.push(op);
                    }
                }
            }
        }
        Expr::Call(c) if c.args.iter().any(|a| matches!(peel(a), Expr::Path(p) if p.path.is_ident(param))) => {
            if let Expr::Path(p) = peel(&c.func) {
                fns.push(segs(&p.path));
            }
        }
        _ => {}
    }
}

/// `web::get().to(h)`, `web::route().guard(guard::Post()).to(h)`, `web::method(Method::PUT).to(h)`.
pub fn route_entries(map: SpanMap, e: &Expr) -> Option<Vec<MethodEntry>> {
    let mut method = None;
    let mut handler = None;
    let mut layers = Vec::new();
    let mut cur = e;
    loop {
        match peel(cur) {
            Expr::MethodCall(m) => {
                match m.method.to_string().as_str() {
                    "to" | "to_async" => {
                        if let Some(h) = m.args.first() {
                            let (hr, ls) = handler_of(map, h);
                            handler = Some(hr);
                            layers.extend(ls);
                        }
                    }
                    "guard" => {
                        if let Some(Expr::Call(g)) = m.args.first().map(peel) {
                            if let Expr::Path(p) = peel(&g.func) {
                                let g = last_segment(&p.path).to_ascii_uppercase();
                                if matches!(
                                    g.as_str(),
                                    "GET"
                                        | "POST"
                                        | "PUT"
                                        | "PATCH"
                                        | "DELETE"
                                        | "HEAD"
                                        | "OPTIONS"
                                        | "TRACE"
                                        | "CONNECT"
                                ) {
                                    method.get_or_insert(g);
                                }
                            }
                        }
                    }
                    "method" => {
                        if let Some(Expr::Path(p)) = m.args.first().map(peel) {
                            method.get_or_insert(last_segment(&p.path).to_ascii_uppercase());
                        }
                    }
                    "wrap" => {
                        if let Some(a) = m.args.first() {
                            layers.push(layers::classify(map, a, &|_| None));
                        }
                    }
                    _ => {}
                }
                cur = &m.receiver;
            }
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else {
                    return None;
                };
                let name = last_segment(&p.path);
                match name.as_str() {
                    "get" | "post" | "put" | "patch" | "delete" | "head" | "options" | "trace" | "connect" => {
                        method.get_or_insert(name.to_ascii_uppercase());
                    }
                    "method" => {
                        if let Some(Expr::Path(mp)) = c.args.first().map(peel) {
                            method.get_or_insert(last_segment(&mp.path).to_ascii_uppercase());
                        }
                    }
                    "route" | "new" => {}
                    _ => return None,
                }
                break;
            }
            _ => return None,
        }
    }
    let handler = handler?;
    Some(vec![MethodEntry { method: method.unwrap_or_else(|| "ANY".into()), handler, layers }])
}

fn handler_of(map: SpanMap, e: &Expr) -> (HandlerRef, Vec<LayerFact>) {
    let span = map.node(e);
    let h = match peel(e) {
        Expr::Path(p) => HandlerRef::Fn { path: segs(&p.path), span },
        Expr::Closure(c) => HandlerRef::Closure {
            params: closure_params(map, c),
            rejects: super::authcheck_closure(map, &c.body),
            span,
        },
        other => HandlerRef::Unknown { text: tokens_text(other), span },
    };
    (h, Vec::new())
}

/// One route attribute of a handler fn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrRoute {
    pub method: String,
    pub path: String,
    /// `wrap = "Expr"` arguments.
    pub wraps: Vec<LayerFact>,
    pub span: Span,
}

const ATTR_METHODS: &[&str] = &["get", "post", "put", "delete", "head", "connect", "options", "trace", "patch"];

/// Route attributes on a fn: `#[get("/p")]`, `#[actix_web::post("/p", wrap = "..")]`,
/// `#[route("/p", method = "GET", method = "HEAD")]` (and `#[routes]` with several of them).
pub fn attr_routes(map: SpanMap, attrs: &[syn::Attribute]) -> Vec<AttrRoute> {
    let mut out = Vec::new();
    for a in attrs {
        let p = a.path();
        let name = last_segment(p);
        let qualified_ok =
            p.segments.len() == 1 || p.segments.first().is_some_and(|s| s.ident == "actix_web" || s.ident == "web");
        if !qualified_ok || !(ATTR_METHODS.contains(&name.as_str()) || name == "route") {
            continue;
        }
        let Ok(args) = a.parse_args_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated) else {
            continue;
        };
        let Some(path) = args.first().and_then(lit_str) else {
            continue;
        };
        let mut methods = Vec::new();
        let mut wraps = Vec::new();
        for arg in args.iter().skip(1) {
            if let Expr::Assign(asg) = arg {
                let key = match peel(&asg.left) {
                    Expr::Path(k) => last_segment(&k.path),
                    _ => continue,
                };
                match (key.as_str(), peel(&asg.right)) {
                    ("method", v) => {
                        if let Some(m) = lit_str(v) {
                            methods.push(m.to_ascii_uppercase());
                        }
                    }
                    ("wrap", Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) => {
                        wraps.push(layers::parse_wrap(map, s))
                    }
                    _ => {}
                }
            }
        }
        if name != "route" {
            methods = vec![name.to_ascii_uppercase()];
        } else if methods.is_empty() {
            methods.push("ANY".into());
        }
        let span = map.node(a);
        for m in methods {
            out.push(AttrRoute { method: m, path: path.clone(), wraps: wraps.clone(), span });
        }
    }
    out
}

/// `#[utoipa::path(get, path = "/users/{id}")]`: method and path.
pub fn utoipa_route(attrs: &[syn::Attribute]) -> Option<(String, String)> {
    let a = attrs.iter().find(|a| {
        let p = a.path();
        p.segments.len() == 2 && p.segments[0].ident == "utoipa" && p.segments[1].ident == "path"
    })?;
    let args = a.parse_args_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated).ok()?;
    let mut method = None;
    let mut path = None;
    for arg in &args {
        match arg {
            Expr::Path(p) if p.path.get_ident().is_some() && method.is_none() => {
                method = Some(last_segment(&p.path).to_ascii_uppercase())
            }
            Expr::Assign(asg) if matches!(peel(&asg.left), Expr::Path(k) if k.path.is_ident("path")) => {
                path = lit_str(&asg.right)
            }
            _ => {}
        }
    }
    Some((method?, path?))
}
