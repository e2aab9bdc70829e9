//! JWT validation settings that disable checks (jsonwebtoken 7–10 spellings and look-alikes).

use super::{last_segment, lit_bool, peel, SpanMap};
use crate::source::Span;
use syn::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwtKind {
    /// `validation.insecure_disable_signature_validation()`.
    SignatureDisabled,
    /// `validate_exp = false` (assignment or struct field).
    ExpiryDisabled,
    /// `required_spec_claims` emptied.
    RequiredClaimsEmptied,
    /// `dangerous_insecure_decode`, `dangerous_unsafe_decode`, `dangerous::insecure_decode`.
    UnverifiedDecode,
    /// `Algorithm::None`-like algorithm selection.
    NoneAlgorithm,
    /// `leeway` of a day or more.
    HugeLeeway,
}

#[derive(Debug, Clone)]
pub struct JwtFact {
    pub kind: JwtKind,
    pub span: Span,
    /// How it was written (`insecure_disable_signature_validation()`).
    pub text: String,
    pub item_path: String,
    pub conditions: Vec<super::Condition>,
}

/// Inspects one expression node (the walker calls it on every node).
pub fn inspect(map: SpanMap, e: &Expr) -> Option<(JwtKind, Span, String)> {
    match e {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            let span = map.join(m.method.span(), m.paren_token.span.close());
            match name.as_str() {
                "insecure_disable_signature_validation" => {
                    Some((JwtKind::SignatureDisabled, span, "insecure_disable_signature_validation()".into()))
                }
                "set_required_spec_claims" if m.args.first().is_some_and(is_empty_collection) => {
                    Some((JwtKind::RequiredClaimsEmptied, span, "set_required_spec_claims(&[])".into()))
                }
                "clear" if matches!(peel(&m.receiver), Expr::Field(f) if member_is(&f.member, "required_spec_claims")) => {
                    Some((JwtKind::RequiredClaimsEmptied, map.node(e), "required_spec_claims.clear()".into()))
                }
                _ => None,
            }
        }
        Expr::Assign(a) => {
            let Expr::Field(f) = peel(&a.left) else {
                return None;
            };
            judge_field(&f.member, &a.right).map(|(k, t)| (k, map.node(e), t))
        }
        Expr::Struct(s) if last_segment(&s.path) == "Validation" => {
            s.fields.iter().find_map(|fv| judge_field(&fv.member, &fv.expr).map(|(k, t)| (k, map.node(fv), t)))
        }
        Expr::Call(c) => {
            let Expr::Path(p) = peel(&c.func) else {
                return None;
            };
            let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let last = segs.last().map(String::as_str).unwrap_or_default();
            let unverified = matches!(
                last,
                "dangerous_insecure_decode" | "dangerous_unsafe_decode" | "dangerous_insecure_decode_with_validation"
            ) || (last == "insecure_decode"
                && (segs.len() == 1 || segs.iter().any(|s| s == "dangerous")));
            unverified.then(|| (JwtKind::UnverifiedDecode, map.node(c), format!("{}(..)", segs.join("::"))))
        }
        Expr::Path(p) if is_none_algorithm(&p.path) => {
            Some((JwtKind::NoneAlgorithm, map.node(e), super::path_string(&p.path)))
        }
        _ => None,
    }
}

/// `Algorithm::None`, `AlgorithmType::None`.
pub fn is_none_algorithm(p: &syn::Path) -> bool {
    let n = p.segments.len();
    n >= 2 && p.segments[n - 1].ident == "None" && p.segments[n - 2].ident.to_string().starts_with("Algorithm")
}

/// Whether an expression is a comparison with a `None` algorithm (`alg == Algorithm::None`), which
/// is how code *rejects* unsigned tokens.
pub fn is_none_comparison(e: &Expr) -> bool {
    let Expr::Binary(b) = e else { return false };
    matches!(b.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_))
        && [&b.left, &b.right].iter().any(|x| matches!(peel(x), Expr::Path(p) if is_none_algorithm(&p.path)))
}

fn member_is(m: &syn::Member, name: &str) -> bool {
    matches!(m, syn::Member::Named(i) if i == name)
}

fn judge_field(member: &syn::Member, value: &Expr) -> Option<(JwtKind, String)> {
    if member_is(member, "validate_exp") && lit_bool(value) == Some(false) {
        return Some((JwtKind::ExpiryDisabled, "validate_exp = false".into()));
    }
    if member_is(member, "required_spec_claims") && is_empty_collection(value) {
        return Some((JwtKind::RequiredClaimsEmptied, "required_spec_claims emptied".into()));
    }
    if member_is(member, "leeway") {
        if let Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) = peel(value) {
            if i.base10_parse::<u64>().is_ok_and(|v| v >= 86_400) {
                return Some((JwtKind::HugeLeeway, format!("leeway = {}", i.base10_digits())));
            }
        }
    }
    None
}

/// `HashSet::new()`, `Default::default()`, `&[]`, `[]`, `vec![]`.
fn is_empty_collection(e: &Expr) -> bool {
    match peel(e) {
        Expr::Array(a) => a.elems.is_empty(),
        Expr::Call(c) if c.args.is_empty() => {
            matches!(peel(&c.func), Expr::Path(p) if matches!(last_segment(&p.path).as_str(), "new" | "default"))
        }
        Expr::Macro(m) => m.mac.path.is_ident("vec") && m.mac.tokens.is_empty(),
        _ => false,
    }
}

/// `if alg == Algorithm::None { return Ok(claims) }`: a branch that *accepts* unsigned tokens.
/// (Comparisons that reject them return an error and are fine.)
pub fn accepts_none(map: SpanMap, i: &syn::ExprIf) -> Option<(JwtKind, Span, String)> {
    let Expr::Binary(b) = peel(&i.cond) else {
        return None;
    };
    if !matches!(b.op, syn::BinOp::Eq(_)) || !is_none_comparison(&i.cond) {
        return None;
    }
    let accepts = match i.then_branch.stmts.last() {
        Some(syn::Stmt::Expr(e, _)) => returns_ok(e),
        _ => false,
    };
    accepts.then(|| (JwtKind::NoneAlgorithm, map.node(&i.cond), super::tokens_text(&i.cond)))
}

fn returns_ok(e: &Expr) -> bool {
    let e = match peel(e) {
        Expr::Return(r) => match &r.expr {
            Some(x) => peel(x),
            None => return false,
        },
        other => other,
    };
    matches!(e, Expr::Call(c) if matches!(peel(&c.func), Expr::Path(p) if p.path.is_ident("Ok") || p.path.is_ident("Some")))
}
