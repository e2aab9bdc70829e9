//! Request body limits (FRAMEWORKS §5.2): axum `DefaultBodyLimit::disable()` / `::max(n)`,
//! tower-http `RequestBodyLimitLayer::new(n)`, actix `JsonConfig`/`FormConfig`/`PayloadConfig`
//! `.limit(n)` and `PayloadConfig::new(n)`. Limits are kept as small integer expressions
//! (literals, `usize::MAX`, constants, `*`/`+`/`-`/`<<`, `pow`) that the model evaluates with the
//! crate's integer constants. `.layer(..)` calls are kept (as spans) in files that disable the
//! limit, so the lint can see a `RequestBodyLimitLayer` applied over the same routes.

use super::{last_segment, peel, Condition, Scope, SpanMap};
use crate::source::Span;
use syn::Expr;

/// An integer expression as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntExpr {
    Lit(u128),
    /// `usize::MAX`, `u64::MAX`, ...
    Max(String),
    /// A constant by its last path segment.
    Const(String),
    Bin(Box<IntExpr>, IntOp, Box<IntExpr>),
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    Shl,
    Pow,
}

impl IntExpr {
    pub fn of(e: &Expr) -> IntExpr {
        match peel(e) {
            Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
                i.base10_parse::<u128>().map_or(IntExpr::Unknown, IntExpr::Lit)
            }
            Expr::Cast(c) => IntExpr::of(&c.expr),
            Expr::Path(p) => {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                match segs.as_slice() {
                    [.., ty, max] if max == "MAX" && is_int_type(ty) => IntExpr::Max(ty.clone()),
                    [.., name] if name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') => {
                        IntExpr::Const(name.clone())
                    }
                    _ => IntExpr::Unknown,
                }
            }
            Expr::Binary(b) => {
                let op = match b.op {
                    syn::BinOp::Add(_) => IntOp::Add,
                    syn::BinOp::Sub(_) => IntOp::Sub,
                    syn::BinOp::Mul(_) => IntOp::Mul,
                    syn::BinOp::Shl(_) => IntOp::Shl,
                    _ => return IntExpr::Unknown,
                };
                IntExpr::Bin(Box::new(IntExpr::of(&b.left)), op, Box::new(IntExpr::of(&b.right)))
            }
            Expr::MethodCall(m) if m.method == "pow" && m.args.len() == 1 => {
                IntExpr::Bin(Box::new(IntExpr::of(&m.receiver)), IntOp::Pow, Box::new(IntExpr::of(&m.args[0])))
            }
            _ => IntExpr::Unknown,
        }
    }

    /// Evaluates with `lookup` for constants; `None` when anything is unknown. `*::MAX` of 64-bit
    /// types (and `usize`) is `u64::MAX`.
    pub fn eval(&self, lookup: &dyn Fn(&str) -> Option<IntExpr>, depth: usize) -> Option<u128> {
        if depth > 8 {
            return None;
        }
        match self {
            IntExpr::Lit(v) => Some(*v),
            IntExpr::Max(ty) => Some(match ty.as_str() {
                "u8" => u8::MAX as u128,
                "u16" => u16::MAX as u128,
                "u32" => u32::MAX as u128,
                "i32" => i32::MAX as u128,
                "i64" | "isize" => i64::MAX as u128,
                "u128" | "i128" => u128::MAX,
                _ => u64::MAX as u128,
            }),
            IntExpr::Const(name) => lookup(name)?.eval(lookup, depth + 1),
            IntExpr::Bin(l, op, r) => {
                let (a, b) = (l.eval(lookup, depth + 1)?, r.eval(lookup, depth + 1)?);
                match op {
                    IntOp::Add => Some(a.saturating_add(b)),
                    IntOp::Sub => a.checked_sub(b),
                    IntOp::Mul => Some(a.saturating_mul(b)),
                    IntOp::Shl => (b < 128).then(|| a.checked_shl(b as u32)).flatten(),
                    IntOp::Pow => u32::try_from(b).ok().map(|b| a.saturating_pow(b)),
                }
            }
            IntExpr::Unknown => None,
        }
    }
}

fn is_int_type(t: &str) -> bool {
    matches!(t, "usize" | "u8" | "u16" | "u32" | "u64" | "u128" | "isize" | "i32" | "i64" | "i128")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyLimitKind {
    /// axum `DefaultBodyLimit::disable()`.
    AxumDisable,
    /// axum `DefaultBodyLimit::max(n)`.
    AxumMax,
    /// tower-http `RequestBodyLimitLayer::new(n)`.
    TowerLayer,
    /// actix `JsonConfig::..().limit(n)`.
    ActixJson,
    /// actix `FormConfig::..().limit(n)`.
    ActixForm,
    /// actix `PayloadConfig::new(n)` / `.limit(n)`.
    ActixPayload,
}

#[derive(Debug, Clone)]
pub struct BodyLimitFact {
    pub kind: BodyLimitKind,
    /// The limit (none for `disable()`).
    pub limit: Option<IntExpr>,
    /// The call (`DefaultBodyLimit::max(..)`, or `limit(..)` of an actix config).
    pub span: Span,
    /// The limit argument.
    pub arg: Option<Span>,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

/// A `.layer(arg)` / `.route_layer(arg)` call.
#[derive(Debug, Clone)]
pub struct LayerCall {
    pub receiver: Span,
    pub arg: Span,
    /// The receiver is a local (`app.layer(..)` on a router bound earlier in the fn).
    pub receiver_is_local: bool,
    pub item_path: String,
}

/// An integer `const`/`static`.
#[derive(Debug, Clone)]
pub struct IntConst {
    pub name: String,
    pub value: IntExpr,
}

#[derive(Debug, Default, Clone)]
pub struct BodyLimitScan {
    pub limits: Vec<BodyLimitFact>,
    pub layers: Vec<LayerCall>,
    pub consts: Vec<IntConst>,
}

/// The first token of an expression, for the usual receiver shapes.
fn expr_start(e: &Expr) -> Option<proc_macro2::Span> {
    let mut e = e;
    loop {
        match e {
            Expr::MethodCall(m) => e = &m.receiver,
            Expr::Call(c) => e = &c.func,
            Expr::Field(f) => e = &f.base,
            Expr::Try(t) => e = &t.expr,
            Expr::Await(a) => e = &a.base,
            Expr::Index(i) => e = &i.expr,
            Expr::Path(p) => {
                return match (&p.qself, &p.path.leading_colon) {
                    (Some(q), _) => Some(q.lt_token.span),
                    (None, Some(c)) => Some(c.spans[0]),
                    (None, None) => p.path.segments.first().map(|s| s.ident.span()),
                };
            }
            Expr::Paren(p) => return Some(p.paren_token.span.open()),
            Expr::Reference(r) => return Some(r.and_token.span),
            Expr::Macro(m) => return m.mac.path.segments.first().map(|s| s.ident.span()),
            Expr::Block(b) => return Some(b.block.brace_token.span.open()),
            Expr::Tuple(t) => return Some(t.paren_token.span.open()),
            _ => return None,
        }
    }
}

/// Which actix extractor config a `.limit(..)` chain starts from.
fn actix_config(e: &Expr) -> Option<BodyLimitKind> {
    let mut e = peel(e);
    loop {
        match e {
            Expr::MethodCall(m) => e = peel(&m.receiver),
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else {
                    return None;
                };
                return p.path.segments.iter().find_map(|s| match s.ident.to_string().as_str() {
                    "JsonConfig" => Some(BodyLimitKind::ActixJson),
                    "FormConfig" => Some(BodyLimitKind::ActixForm),
                    "PayloadConfig" => Some(BodyLimitKind::ActixPayload),
                    _ => None,
                });
            }
            _ => return None,
        }
    }
}

impl BodyLimitScan {
    pub fn on_const(&mut self, name: &str, e: &Expr) {
        let value = IntExpr::of(e);
        if value != IntExpr::Unknown {
            self.consts.push(IntConst { name: name.to_string(), value });
        }
    }

    pub fn on_expr(&mut self, map: SpanMap, scope: &Scope, e: &Expr) {
        let (kind, arg, span) = match e {
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else { return };
                let n = p.path.segments.len();
                if n < 2 {
                    return;
                }
                let ty = p.path.segments[n - 2].ident.to_string();
                let f = last_segment(&p.path);
                let kind = match (ty.as_str(), f.as_str()) {
                    ("DefaultBodyLimit", "disable") => BodyLimitKind::AxumDisable,
                    ("DefaultBodyLimit", "max") => BodyLimitKind::AxumMax,
                    ("RequestBodyLimitLayer", "new") => BodyLimitKind::TowerLayer,
                    ("PayloadConfig", "new") => BodyLimitKind::ActixPayload,
                    _ => return,
                };
                (kind, c.args.first(), map.node(c))
            }
            Expr::MethodCall(m) if m.method == "layer" || m.method == "route_layer" => {
                if !m.args.is_empty() {
                    // Spans from tokens at hand: printing a long router chain to tokens for
                    // `Spanned::span` on every `.layer` would be quadratic.
                    let receiver_end = m.dot_token.span.byte_range().start;
                    let receiver_start = expr_start(&m.receiver).map_or(receiver_end, |s| s.byte_range().start);
                    self.layers.push(LayerCall {
                        receiver: Span::new(map.file, receiver_start, receiver_end),
                        arg: map.span(m.paren_token.span.join()),
                        receiver_is_local: matches!(peel(&m.receiver), Expr::Path(p) if p.path.get_ident().is_some()),
                        item_path: scope.item_path(),
                    });
                }
                return;
            }
            Expr::MethodCall(m) if m.method == "limit" && m.args.len() == 1 => {
                let Some(kind) = actix_config(&m.receiver) else {
                    return;
                };
                (kind, m.args.first(), map.join(m.method.span(), m.paren_token.span.close()))
            }
            _ => return,
        };
        self.limits.push(BodyLimitFact {
            kind,
            limit: arg.map(IntExpr::of),
            span,
            arg: arg.map(|a| map.node(a)),
            item_path: scope.item_path(),
            conditions: scope.conditions.clone(),
        });
    }

    /// Drops what no lint needs: layer calls in files that never disable the limit.
    pub fn finish(&mut self) {
        if !self.limits.iter().any(|l| l.kind == BodyLimitKind::AxumDisable) {
            self.layers.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(src: &str) -> Option<u128> {
        let e: Expr = syn::parse_str(src).expect("expr");
        let lookup = |n: &str| match n {
            "MB" => Some(IntExpr::Lit(1 << 20)),
            "MAX_UPLOAD" => Some(IntExpr::of(&syn::parse_str::<Expr>("4 * GB").expect("e"))),
            "GB" => Some(IntExpr::Lit(1 << 30)),
            _ => None,
        };
        IntExpr::of(&e).eval(&lookup, 0)
    }

    #[test]
    fn evaluates_limits() {
        assert_eq!(ev("10 * 1024 * 1024"), Some(10 << 20));
        assert_eq!(ev("usize::MAX"), Some(u64::MAX as u128));
        assert_eq!(ev("1 << 31"), Some(1 << 31));
        assert_eq!(ev("(2 * MB) as usize"), Some(2 << 20));
        assert_eq!(ev("MAX_UPLOAD"), Some(4 << 30));
        assert_eq!(ev("1024usize.pow(3) * 8"), Some(8 << 30));
        assert_eq!(ev("5_000_000_000"), Some(5_000_000_000));
        assert_eq!(ev("cfg.max_body"), None);
        assert_eq!(ev("UNKNOWN * 2"), None);
    }
}
