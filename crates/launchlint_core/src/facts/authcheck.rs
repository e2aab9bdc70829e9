//! What a fn body does about authentication, seen syntactically: whether it can reject a request
//! with 401/403 (or a redirect to the login page), which fns it calls, whether it passes the
//! request on (`next.run(req)`, `srv.call(req)`), and which paths it lets through unchecked.

use super::leaks::BodyLeaks;
use super::validation::BodyInput;
use super::{lit_str, peel, SpanMap};
use crate::source::Span;
use syn::Expr;

/// Facts about one fn body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyFacts {
    /// The first expression that rejects with 401/403 (or redirects to a login page).
    pub rejects: Option<Span>,
    /// Fns called by path (`auth::require_user`), first 64.
    pub calls: Vec<Vec<String>>,
    /// Calls `next.run(..)` / `srv.call(..)` / `service.call(..)`: it is middleware.
    pub passes_through: bool,
    /// Paths let through before any check (an allow-list).
    pub skip_paths: Vec<SkipPath>,
    /// Uses a rate limiter (`governor::RateLimiter`, `limiter.check_key(..)`): it throttles.
    pub throttles: bool,
    /// What the body does with request payloads (validation, JSON parsing); `None` when it
    /// does nothing of note (most fns), to keep facts small.
    pub input: Option<Box<BodyInput>>,
    /// Error text the body puts into responses; status per `match self` variant.
    pub leaks: Option<Box<BodyLeaks>>,
}

static NO_INPUT: BodyInput = BodyInput::EMPTY;
static NO_LEAKS: BodyLeaks = BodyLeaks::EMPTY;

impl BodyFacts {
    pub fn input(&self) -> &BodyInput {
        self.input.as_deref().unwrap_or(&NO_INPUT)
    }

    pub fn leaks(&self) -> &BodyLeaks {
        self.leaks.as_deref().unwrap_or(&NO_LEAKS)
    }

    /// Stores what the walk found in a fn body (scratch state dropped, empty facts not kept).
    pub fn store(&mut self, mut input: BodyInput, mut leaks: BodyLeaks) {
        input.finish();
        leaks.finish();
        self.input = (!input.is_empty()).then(|| Box::new(input));
        self.leaks = (!leaks.is_empty()).then(|| Box::new(leaks));
    }
}

/// One entry of a middleware's allow-list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipPath {
    /// `path == "/health"`, `matches!(path, "/a" | "/b")`.
    Exact(String),
    /// `path.starts_with("/public")`.
    Prefix(String),
    /// `PUBLIC_ROUTES.contains(&path)`: a const list, resolved by the model.
    Const(String),
}

const REJECTING_NAMES: &[&str] = &[
    "UNAUTHORIZED",
    "FORBIDDEN",
    "ErrorUnauthorized",
    "ErrorForbidden",
    "Unauthorized",
    "Unauthorised",
    "Unauthenticated",
    "Forbidden",
    "NotAuthenticated",
    "NotAuthorized",
    "NotAuthorised",
    "InvalidToken",
    "MissingToken",
    "ExpiredToken",
    "TokenExpired",
    "InvalidCredentials",
    "MissingCredentials",
    "WrongCredentials",
    "InvalidSession",
    "MissingSession",
    "NoSession",
    "SessionExpired",
    "AuthRequired",
    "AuthenticationRequired",
    "LoginRequired",
    "NotLoggedIn",
    "InvalidApiKey",
    "MissingApiKey",
    "AuthenticationError",
];

fn path_rejects(p: &syn::Path) -> bool {
    p.segments.last().is_some_and(|s| REJECTING_NAMES.iter().any(|n| s.ident == n))
}

fn mentions_login(s: &str) -> bool {
    let u = s.to_ascii_lowercase();
    u.contains("login") || u.contains("signin") || u.contains("sign-in") || u.contains("sign_in")
}

/// Whether this node, on its own, rejects a request as unauthenticated or forbidden.
pub fn rejection(map: SpanMap, e: &Expr) -> Option<Span> {
    match e {
        // actix: `HttpResponse::SeeOther().insert_header((LOCATION, "/login"))`.
        Expr::MethodCall(m) if m.method == "insert_header" || m.method == "append_header" => {
            match m.args.first().map(peel) {
                Some(Expr::Tuple(t)) if t.elems.iter().any(|x| lit_str(x).is_some_and(|v| mentions_login(&v))) => {
                    Some(map.join(m.method.span(), m.paren_token.span.close()))
                }
                _ => None,
            }
        }
        // Single-segment paths are nearly always locals: `StatusCode::UNAUTHORIZED` and
        // `AuthError::InvalidToken` have two or more segments (imported bare variants are rare).
        Expr::Path(p) if p.path.segments.len() >= 2 && path_rejects(&p.path) => Some(map.node(p)),
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) if path_rejects(&p.path) => Some(map.node(p)),
            // `Redirect::to("/login")`, `StatusCode::from_u16(401)`.
            Expr::Path(p)
                if p.path.segments.iter().any(|s| s.ident == "Redirect")
                    || p.path.segments.last().is_some_and(|s| s.ident == "from_u16") =>
            {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let arg = c.args.first();
                let redirect_to_login = segs.iter().any(|s| s == "Redirect")
                    && arg.and_then(lit_str).is_some_and(|u| {
                        let u = u.to_ascii_lowercase();
                        u.contains("login") || u.contains("signin") || u.contains("sign-in") || u.contains("sign_in")
                    });
                let from_code = segs.last().is_some_and(|s| s == "from_u16")
                    && matches!(arg.map(peel), Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. })) if matches!(i.base10_digits(), "401" | "403"));
                (redirect_to_login || from_code).then(|| map.node(p))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether a method call passes the request on to the next service.
pub fn passes_on(m: &syn::ExprMethodCall) -> bool {
    m.method == "run" || (m.method == "call" && m.args.len() == 1)
}

/// `if <path test> { ..next.run(req).. }`: the paths this branch lets through unchecked.
pub fn skip_list(i: &syn::ExprIf) -> Vec<SkipPath> {
    use syn::visit::Visit;
    struct Passes(bool);
    impl<'a> Visit<'a> for Passes {
        fn visit_expr_method_call(&mut self, m: &'a syn::ExprMethodCall) {
            self.0 |= passes_on(m);
            syn::visit::visit_expr_method_call(self, m);
        }
    }
    struct Paths(Vec<SkipPath>);
    impl<'a> Visit<'a> for Paths {
        fn visit_expr_method_call(&mut self, m: &'a syn::ExprMethodCall) {
            let name = m.method.to_string();
            match (name.as_str(), m.args.first().and_then(lit_str)) {
                ("starts_with", Some(l)) if l.starts_with('/') => self.0.push(SkipPath::Prefix(l)),
                ("contains", _) => {
                    if let Expr::Path(p) = peel(&m.receiver) {
                        if let Some(id) = p.path.segments.last() {
                            self.0.push(SkipPath::Const(id.ident.to_string()));
                        }
                    }
                }
                _ => {}
            }
            syn::visit::visit_expr_method_call(self, m);
        }
        fn visit_expr_lit(&mut self, l: &'a syn::ExprLit) {
            if let syn::Lit::Str(s) = &l.lit {
                let v = s.value();
                if v.starts_with('/') && !self.0.iter().any(|p| matches!(p, SkipPath::Prefix(x) if *x == v)) {
                    self.0.push(SkipPath::Exact(v));
                }
            }
        }
        fn visit_macro(&mut self, m: &'a syn::Macro) {
            if m.path.is_ident("matches") {
                for tt in m.tokens.clone() {
                    if let proc_macro2::TokenTree::Literal(l) = tt {
                        let s = l.to_string();
                        if let Some(v) = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
                            if v.starts_with('/') {
                                self.0.push(SkipPath::Exact(v.to_string()));
                            }
                        }
                    }
                }
            }
        }
    }
    // The condition first (small); the branch only when the condition tests paths.
    let mut paths = Paths(Vec::new());
    paths.visit_expr(&i.cond);
    if paths.0.is_empty() {
        return Vec::new();
    }
    let mut passes = Passes(false);
    passes.visit_block(&i.then_branch);
    if !passes.0 {
        return Vec::new();
    }
    // A `contains` receiver is only a skip list if it names a const (UPPER_CASE).
    paths.0.retain(|p| !matches!(p, SkipPath::Const(n) if n.chars().any(|c| c.is_ascii_lowercase())));
    paths.0
}
