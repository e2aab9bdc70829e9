//! HTTP statuses as written: `StatusCode::INTERNAL_SERVER_ERROR`, `StatusCode::from_u16(502)`,
//! actix `HttpResponse::InternalServerError()` builders and `ErrorInternalServerError` helpers,
//! `http::Response::builder().status(..)`, and statuses held in variables (`status`,
//! `self.status_code()`).

use super::{last_segment, peel};
use syn::Expr;

/// The class of an HTTP status as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusClass {
    Server(u16),
    Client(u16),
    /// 1xx, 2xx, 3xx.
    Other(u16),
    /// A variable or a call (`status`, `self.status_code()`).
    Computed,
}

impl StatusClass {
    pub fn of_code(n: u16) -> StatusClass {
        match n {
            500..=599 => StatusClass::Server(n),
            400..=499 => StatusClass::Client(n),
            _ => StatusClass::Other(n),
        }
    }

    pub fn is_server(self) -> bool {
        matches!(self, StatusClass::Server(_))
    }
}

const SERVER: &[(&str, u16)] = &[
    ("INTERNAL_SERVER_ERROR", 500),
    ("NOT_IMPLEMENTED", 501),
    ("BAD_GATEWAY", 502),
    ("SERVICE_UNAVAILABLE", 503),
    ("GATEWAY_TIMEOUT", 504),
    ("HTTP_VERSION_NOT_SUPPORTED", 505),
    ("VARIANT_ALSO_NEGOTIATES", 506),
    ("INSUFFICIENT_STORAGE", 507),
    ("LOOP_DETECTED", 508),
    ("NOT_EXTENDED", 510),
    ("NETWORK_AUTHENTICATION_REQUIRED", 511),
];

const CLIENT: &[(&str, u16)] = &[
    ("BAD_REQUEST", 400),
    ("UNAUTHORIZED", 401),
    ("PAYMENT_REQUIRED", 402),
    ("FORBIDDEN", 403),
    ("NOT_FOUND", 404),
    ("METHOD_NOT_ALLOWED", 405),
    ("NOT_ACCEPTABLE", 406),
    ("REQUEST_TIMEOUT", 408),
    ("CONFLICT", 409),
    ("GONE", 410),
    ("PRECONDITION_FAILED", 412),
    ("PAYLOAD_TOO_LARGE", 413),
    ("UNSUPPORTED_MEDIA_TYPE", 415),
    ("UNPROCESSABLE_ENTITY", 422),
    ("LOCKED", 423),
    ("TOO_MANY_REQUESTS", 429),
];

const OTHER: &[(&str, u16)] = &[
    ("OK", 200),
    ("CREATED", 201),
    ("ACCEPTED", 202),
    ("NO_CONTENT", 204),
    ("MOVED_PERMANENTLY", 301),
    ("FOUND", 302),
    ("SEE_OTHER", 303),
    ("NOT_MODIFIED", 304),
    ("TEMPORARY_REDIRECT", 307),
    ("PERMANENT_REDIRECT", 308),
];

/// actix-web `HttpResponse::<Name>()` builders and `error::Error<Name>` helpers.
pub(crate) const ACTIX: &[(&str, u16)] = &[
    ("InternalServerError", 500),
    ("NotImplemented", 501),
    ("BadGateway", 502),
    ("ServiceUnavailable", 503),
    ("GatewayTimeout", 504),
    ("VersionNotSupported", 505),
    ("HttpVersionNotSupported", 505),
    ("VariantAlsoNegotiates", 506),
    ("InsufficientStorage", 507),
    ("LoopDetected", 508),
    ("NotExtended", 510),
    ("NetworkAuthenticationRequired", 511),
    ("BadRequest", 400),
    ("Unauthorized", 401),
    ("PaymentRequired", 402),
    ("Forbidden", 403),
    ("NotFound", 404),
    ("MethodNotAllowed", 405),
    ("NotAcceptable", 406),
    ("RequestTimeout", 408),
    ("Conflict", 409),
    ("Gone", 410),
    ("PreconditionFailed", 412),
    ("PayloadTooLarge", 413),
    ("UnsupportedMediaType", 415),
    ("UnprocessableEntity", 422),
    ("TooManyRequests", 429),
    ("Ok", 200),
    ("Created", 201),
    ("Accepted", 202),
    ("NoContent", 204),
    ("Found", 302),
    ("SeeOther", 303),
    ("TemporaryRedirect", 307),
    ("PermanentRedirect", 308),
];

pub(crate) fn lookup(table: &[(&str, u16)], name: &str) -> Option<u16> {
    table.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

fn int_lit(e: &Expr) -> Option<u16> {
    match peel(e) {
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse().ok(),
        _ => None,
    }
}

fn status_named(name: &str) -> bool {
    matches!(name, "status" | "status_code" | "code" | "http_status" | "status_for")
}

/// The status an expression stands for, when it looks like one.
pub fn status_of(e: &Expr) -> Option<StatusClass> {
    match peel(e) {
        Expr::Path(p) => {
            let last = last_segment(&p.path);
            if let Some(c) = lookup(SERVER, &last).or_else(|| lookup(CLIENT, &last)).or_else(|| lookup(OTHER, &last)) {
                // `OK`/`FOUND` alone are too common as other names: require the `StatusCode::` path.
                if p.path.segments.len() >= 2 || lookup(SERVER, &last).is_some() {
                    return Some(StatusClass::of_code(c));
                }
                return None;
            }
            (p.path.segments.len() == 1 && status_named(&last)).then_some(StatusClass::Computed)
        }
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) if last_segment(&p.path) == "from_u16" => {
                Some(c.args.first().and_then(int_lit).map_or(StatusClass::Computed, StatusClass::of_code))
            }
            _ => None,
        },
        Expr::MethodCall(m) if status_named(&m.method.to_string()) => Some(StatusClass::Computed),
        Expr::Field(f) => match &f.member {
            syn::Member::Named(n) if status_named(&n.to_string()) => Some(StatusClass::Computed),
            _ => None,
        },
        Expr::Lit(_) => int_lit(e).filter(|n| (100..600).contains(n)).map(StatusClass::of_code),
        _ => None,
    }
}

/// The status of an actix `HttpResponse` / http `Response::builder()` chain ending before
/// `.body(..)`/`.json(..)`, with the first and last token of what sets it.
pub(crate) fn builder_status(e: &Expr) -> Option<(StatusClass, proc_macro2::Span, proc_macro2::Span)> {
    let mut cur = peel(e);
    for _ in 0..24 {
        match cur {
            Expr::MethodCall(m) => {
                if m.method == "status" {
                    if let Some(s) = m.args.first().and_then(status_of) {
                        return Some((s, m.method.span(), m.paren_token.span.close()));
                    }
                }
                cur = peel(&m.receiver);
            }
            Expr::Call(c) => {
                let Expr::Path(p) = peel(&c.func) else {
                    return None;
                };
                if !p.path.segments.iter().any(|s| s.ident == "HttpResponse" || s.ident == "HttpResponseBuilder") {
                    return None;
                }
                let (first, close) = (p.path.segments[0].ident.span(), c.paren_token.span.close());
                let last = last_segment(&p.path);
                return if last == "build" || last == "new" {
                    c.args.first().and_then(status_of).map(|s| (s, first, close))
                } else {
                    lookup(ACTIX, &last).map(|n| (StatusClass::of_code(n), first, close))
                };
            }
            _ => return None,
        }
    }
    None
}

/// The status a `match` arm answers: a status, a `(status, ..)` tuple, an actix builder chain,
/// any of them followed by `.into_response()`/`.into()`.
pub(crate) fn arm_status(e: &Expr) -> Option<StatusClass> {
    match peel(e) {
        Expr::MethodCall(m) if m.method == "into_response" || m.method == "into" => arm_status(&m.receiver),
        Expr::Tuple(t) => t.elems.first().and_then(status_of),
        Expr::Block(b) => match b.block.stmts.last() {
            Some(syn::Stmt::Expr(x, None)) => arm_status(x),
            _ => None,
        },
        other => builder_status(other).map(|s| s.0).or_else(|| status_of(other)),
    }
}
