//! Attributes that mark reviewed exceptions for the launchlint analyzer.
//!
//! The launchlint analyzer (`cargo launchlint`) reads these attributes from
//! your source code *syntactically*: it never expands macros or runs code.
//! At compile time both attributes only check their arguments and then hand
//! the annotated item back exactly as written, so they compile to nothing and
//! cost nothing at runtime.
//!
//! Always write the attributes with their full path (`#[launchlint::public]`,
//! `#[launchlint::allow]`). That is the form the analyzer looks for, and a bare
//! `#[allow(...)]` would be the compiler's own lint attribute.
//!
//! # `#[launchlint::public(reason = "...")]`
//!
//! Marks a request handler as intentionally reachable without
//! authentication. It goes on the handler `fn`; with actix-web it may sit
//! above or below the route attribute.
//!
//! ```ignore
//! #[launchlint::public(reason = "load balancer health probe")]
//! async fn health() -> &'static str {
//!     "ok"
//! }
//!
//! #[get("/status")]
//! #[launchlint::public(reason = "status page is shown to logged-out users")]
//! async fn status() -> impl Responder {
//!     HttpResponse::Ok()
//! }
//! ```
//!
//! # `#[launchlint::allow(lint, ..., reason = "...")]`
//!
//! Suppresses one or more findings on an item (a `fn`, `impl` block, `mod`,
//! `struct`, `const`, `static`, or any other item, including methods and
//! associated consts). List the lint names as bare identifiers, followed by
//! the reason.
//!
//! ```ignore
//! #[launchlint::allow(missing_rate_limit, unbounded_body, reason = "internal admin API behind the VPN")]
//! mod admin {
//!     // ...
//! }
//!
//! #[launchlint::allow(hardcoded_secret, reason = "well-known test key from the provider docs")]
//! const SANDBOX_KEY: &str = "sk_test_0000";
//! ```
//!
//! # Checks
//!
//! Mistakes are reported as ordinary compiler errors pointing at the
//! offending token:
//!
//! * `reason` is required, must be a non-empty string literal and may appear
//!   only once;
//! * `public` accepts no other argument and only goes on a `fn`;
//! * `allow` needs at least one lint name, and every name must be a lint the
//!   analyzer knows (a close match is suggested for typos).
//!
//! Lint names are the ones the analyzer prints with its findings, such as
//! `missing_auth`, `missing_rate_limit` or `hardcoded_secret`.

// Everything except the two entry points lives in `check`: inside the crate
// root the macro `allow` clashes with the built-in `#[allow]` attribute that
// derives and std macros expand to.
mod check;

use proc_macro::TokenStream;

/// Every lint name the analyzer knows, sorted. Kept as a plain literal array
/// so it can be checked against the analyzer's registry.
const KNOWN_LINTS: &[&str] = &[
    "cors_wildcard_credentials",
    "error_detail_leak",
    "hardcoded_secret",
    "insecure_cookie",
    "jwt_validation_disabled",
    "missing_auth",
    "missing_rate_limit",
    "missing_tenant_filter",
    "parse_error",
    "secret_in_log",
    "sql_interpolation",
    "unbounded_body",
    "unused_suppression",
    "unvalidated_body",
];

/// Marks a handler `fn` as intentionally public (no authentication).
///
/// ```ignore
/// #[launchlint::public(reason = "load balancer health probe")]
/// async fn health() -> &'static str { "ok" }
/// ```
///
/// The item is returned unchanged; see the crate documentation.
#[proc_macro_attribute]
pub fn public(attr: TokenStream, item: TokenStream) -> TokenStream {
    check::expand_public(attr.into(), item.into()).into()
}

/// Suppresses the listed launchlint findings on an item.
///
/// ```ignore
/// #[launchlint::allow(missing_rate_limit, reason = "internal endpoint")]
/// fn internal() {}
/// ```
///
/// The item is returned unchanged; see the crate documentation.
#[proc_macro_attribute]
pub fn allow(attr: TokenStream, item: TokenStream) -> TokenStream {
    check::expand_allow(attr.into(), item.into()).into()
}
