//! Middleware expressions, classified by shape (not yet by policy): what `.layer(..)`,
//! `.route_layer(..)`, `.wrap(..)`, `Handler::layer(..)` and `wrap = ".."` attribute arguments
//! hold. The model decides which of them authenticate or throttle.

use super::types::TypeRef;
use super::{last_segment, peel, tokens_text, SpanMap};
use crate::source::Span;
use syn::Expr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayerKind {
    /// `middleware::from_fn(f)`, `from_fn_with_state(st, f)`, `map_request(f)`, actix
    /// `middleware::from_fn(f)`: the fn path.
    FromFn { func: Vec<String> },
    /// `middleware::from_extractor::<T>()` (and `_with_state`).
    FromExtractor { ty: TypeRef },
    /// A constructor or a unit value: `ValidateRequestHeaderLayer::bearer(..)`,
    /// `HttpAuthentication::bearer(validator)`, `GovernorLayer::new(conf)`, `AuthLayer`. `args`
    /// holds the paths passed as arguments (a validator fn, say).
    Named { path: Vec<String>, args: Vec<Vec<String>> },
    /// `login_required!(..)`, `permission_required!(..)`.
    Macro { name: String },
    /// `ServiceBuilder::new().layer(a).layer(b)`, `(a, b)`.
    Stack(Vec<LayerFact>),
    /// `option_layer(x)`, actix `Condition::new(flag, mw)`: applies only sometimes.
    Optional(Box<LayerFact>),
    /// `wrap_fn(|req, srv| ..)`: whether the closure can reject.
    Closure { rejects: bool },
    /// A helper fn's result (`auth::layer(&state)`), linked by the model.
    Call { path: Vec<String> },
    /// A local bound to a layer earlier in the fn (replaced by its value at extraction).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerFact {
    pub kind: LayerKind,
    pub span: Span,
    /// Short text for messages (`from_fn_with_state(.., require_user)`).
    pub text: String,
}

fn segs(p: &syn::Path) -> Vec<String> {
    p.segments.iter().map(|s| s.ident.to_string()).collect()
}

fn path_of(e: &Expr) -> Option<Vec<String>> {
    match peel(e) {
        Expr::Path(p) => Some(segs(&p.path)),
        _ => None,
    }
}

/// Short display text: the call with long arguments elided.
fn short_text(e: &Expr) -> String {
    let t = tokens_text(e);
    if t.len() <= 60 {
        return t;
    }
    match peel(e) {
        Expr::Call(c) => format!("{}(..)", tokens_text(&c.func)),
        Expr::MethodCall(m) => format!("..{}(..)", m.method),
        _ => format!("{}..", &t[..t.char_indices().nth(57).map_or(t.len(), |(i, _)| i)]),
    }
}

/// Classifies a middleware expression. `local` resolves a plain identifier bound earlier.
pub fn classify(map: SpanMap, e: &Expr, local: &dyn Fn(&str) -> Option<LayerFact>) -> LayerFact {
    let span = map.node(e);
    let text = short_text(e);
    let kind = match peel(e) {
        Expr::Path(p) => match p.path.get_ident() {
            Some(id) => match local(&id.to_string()) {
                Some(l) => return LayerFact { span, ..l },
                None if id.to_string().chars().next().is_some_and(char::is_uppercase) => {
                    LayerKind::Named { path: segs(&p.path), args: Vec::new() }
                }
                None => LayerKind::Unknown,
            },
            None => LayerKind::Named { path: segs(&p.path), args: Vec::new() },
        },
        Expr::Tuple(t) => LayerKind::Stack(t.elems.iter().map(|x| classify(map, x, local)).collect()),
        Expr::Macro(m) => LayerKind::Macro { name: last_segment(&m.mac.path) },
        Expr::Closure(c) => LayerKind::Closure { rejects: closure_rejects(map, &c.body) },
        Expr::Call(c) => {
            let Some(func) = path_of(&c.func) else {
                return LayerFact { kind: LayerKind::Unknown, span, text };
            };
            let last = func.last().map(String::as_str).unwrap_or("");
            match last {
                "from_fn" | "map_request" => {
                    c.args.first().and_then(path_of).map_or(LayerKind::Unknown, |f| LayerKind::FromFn { func: f })
                }
                "from_fn_with_state" | "map_request_with_state" => {
                    c.args.iter().nth(1).and_then(path_of).map_or(LayerKind::Unknown, |f| LayerKind::FromFn { func: f })
                }
                "from_extractor" | "from_extractor_with_state" => match &c.func.as_ref() {
                    Expr::Path(p) => {
                        turbofish_type(&p.path).map_or(LayerKind::Unknown, |ty| LayerKind::FromExtractor { ty })
                    }
                    _ => LayerKind::Unknown,
                },
                "option_layer" => LayerKind::Optional(Box::new(c.args.first().map_or_else(
                    || LayerFact { kind: LayerKind::Unknown, span, text: text.clone() },
                    |a| {
                        match peel(a) {
                            Expr::Call(s)
                                if path_of(&s.func).is_some_and(|p| p.last().is_some_and(|l| l == "Some")) =>
                            {
                                s.args
                                    .first()
                                    .map_or(LayerFact { kind: LayerKind::Unknown, span, text: text.clone() }, |x| {
                                        classify(map, x, local)
                                    })
                            }
                            other => classify(map, other, local),
                        }
                    },
                ))),
                "new" if func.len() >= 2 && func[func.len() - 2] == "Condition" => {
                    // actix `Condition::new(flag, mw)`.
                    LayerKind::Optional(Box::new(
                        c.args
                            .iter()
                            .nth(1)
                            .map_or(LayerFact { kind: LayerKind::Unknown, span, text: text.clone() }, |x| {
                                classify(map, x, local)
                            }),
                    ))
                }
                // `Type::new(..)`, `Type::bearer(..)`, a tuple struct `Extension(pool)`.
                _ if func.iter().rev().take(2).any(|s| s.chars().next().is_some_and(char::is_uppercase)) => {
                    LayerKind::Named { path: func.clone(), args: c.args.iter().filter_map(path_of).collect() }
                }
                _ => LayerKind::Call { path: func.clone() },
            }
        }
        Expr::MethodCall(m) => {
            // `ServiceBuilder::new().layer(a).layer(b)`; builder setters on a constructor
            // (`GovernorLayer::new(conf).methods(..)`): classified by their root.
            let mut layers = Vec::new();
            let mut cur = e;
            let mut is_builder = false;
            while let Expr::MethodCall(mc) = peel(cur) {
                if mc.method == "layer" {
                    if let Some(a) = mc.args.first() {
                        layers.push(classify(map, a, local));
                    }
                }
                // `ServiceBuilder` shorthands for tower layers.
                for (method, layer) in
                    [("rate_limit", "RateLimitLayer"), ("concurrency_limit", "ConcurrencyLimitLayer")]
                {
                    if mc.method == method {
                        let span = map.join(mc.method.span(), mc.paren_token.span.close());
                        let kind = LayerKind::Named { path: vec![layer.to_string()], args: Vec::new() };
                        layers.push(LayerFact { kind, span, text: format!("{method}(..)") });
                    }
                }
                cur = &mc.receiver;
            }
            if let Expr::Call(root) = peel(cur) {
                if path_of(&root.func).is_some_and(|p| p.iter().any(|s| s == "ServiceBuilder")) {
                    is_builder = true;
                }
            }
            if is_builder {
                layers.reverse();
                LayerKind::Stack(layers)
            } else {
                // A configured layer (`.build()`, `.methods(..)`): what its root is.
                let _ = m;
                return LayerFact { span, text, ..classify(map, cur, local) };
            }
        }
        Expr::Struct(s) => LayerKind::Named { path: segs(&s.path), args: Vec::new() },
        _ => LayerKind::Unknown,
    };
    LayerFact { kind, span, text }
}

fn turbofish_type(p: &syn::Path) -> Option<TypeRef> {
    let last = p.segments.last()?;
    match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(TypeRef::of(t)),
            _ => None,
        }),
        _ => None,
    }
}

/// Whether a closure body (actix `wrap_fn`) can reject a request.
pub fn closure_rejects(map: SpanMap, body: &Expr) -> bool {
    use syn::visit::Visit;
    struct V(SpanMap, bool);
    impl<'a> Visit<'a> for V {
        fn visit_expr(&mut self, e: &'a Expr) {
            if super::authcheck::rejection(self.0, e).is_some() {
                self.1 = true;
            }
            syn::visit::visit_expr(self, e);
        }
    }
    let mut v = V(map, false);
    v.visit_expr(body);
    v.1
}

/// Parses `wrap = "Expr"` from an actix route attribute.
pub fn parse_wrap(map: SpanMap, lit: &syn::LitStr) -> LayerFact {
    let span = map.node(lit);
    match syn::parse_str::<Expr>(&lit.value()) {
        Ok(e) => {
            // Spans of the parsed string point into the string, not the file: classify, then
            // move the label onto the literal.
            let fact = classify(SpanMap { file: map.file }, &e, &|_| None);
            respan(LayerFact { text: lit.value(), ..fact }, span)
        }
        Err(_) => LayerFact { kind: LayerKind::Unknown, span, text: lit.value() },
    }
}

/// Puts every span of a fact tree on `span` (facts parsed from a string literal).
fn respan(f: LayerFact, span: Span) -> LayerFact {
    let kind = match f.kind {
        LayerKind::Stack(v) => LayerKind::Stack(v.into_iter().map(|x| respan(x, span)).collect()),
        LayerKind::Optional(b) => LayerKind::Optional(Box::new(respan(*b, span))),
        other => other,
    };
    LayerFact { kind, span, text: f.text }
}

/// A cheap test (no token printing) for expressions that are middleware by their shape:
/// `from_fn(..)`-style constructors, `ServiceBuilder` chains, auth macros. Used before
/// classifying `let` initialisers and fn tails, which are mostly not middleware.
pub fn looks_like_layer(e: &Expr) -> bool {
    let mut cur = peel(e);
    while let Expr::MethodCall(m) = cur {
        cur = peel(&m.receiver);
    }
    match cur {
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) => {
                let last = last_segment(&p.path);
                matches!(
                    last.as_str(),
                    "from_fn"
                        | "from_fn_with_state"
                        | "from_extractor"
                        | "from_extractor_with_state"
                        | "map_request"
                        | "map_request_with_state"
                        | "option_layer"
                ) || p.path.segments.iter().any(|s| {
                    let s = s.ident.to_string();
                    s == "ServiceBuilder" || s.ends_with("Layer") || s == "HttpAuthentication" || s == "Governor"
                })
            }
            _ => false,
        },
        Expr::Macro(m) => matches!(
            last_segment(&m.mac.path).as_str(),
            "login_required" | "permission_required" | "predicate_required"
        ),
        _ => false,
    }
}
