//! launchlint's lints: policy over the service model built by `launchlint_core`. One lint per
//! file under `src/<topic>/`, one doc per lint under `docs/`, and this registry.

pub mod abuse;
pub mod auth;
pub mod body;
pub mod cookies;
pub mod cors;
pub mod docs;
pub mod errors;
pub mod general;
pub mod input;
pub mod secrets;
pub mod sql;

use launchlint_core::Lint;

/// THE registry: every lint launchlint runs, one line each, sorted by name.
pub static LINTS: &[&'static dyn Lint] = &[
    &cors::cors_wildcard_credentials::CorsWildcardCredentials,
    &secrets::hardcoded_secret::HardcodedSecret,
    &cookies::insecure_cookie::InsecureCookie,
    &errors::error_detail_leak::ErrorDetailLeak,
    &auth::jwt_validation_disabled::JwtValidationDisabled,
    &auth::missing_auth::MissingAuth,
    &abuse::missing_rate_limit::MissingRateLimit,
    &sql::missing_tenant_filter::MissingTenantFilter,
    &general::parse_error::ParseError,
    &secrets::secret_in_log::SecretInLog,
    &sql::sql_interpolation::SqlInterpolation,
    &body::unbounded_body::UnboundedBody,
    &input::unvalidated_body::UnvalidatedBody,
    &general::unused_suppression::UnusedSuppression,
];

/// Lints of the product contract (SPEC §7) not implemented yet: accepted in configuration and in
/// `#[launchlint::allow]` so that code annotated for them keeps working, but never reported.
pub const RESERVED: &[&str] = &[];

/// Looks a lint up by name.
pub fn find(name: &str) -> Option<&'static dyn Lint> {
    LINTS.iter().copied().find(|l| l.meta().name == name)
}

/// Every name accepted in configuration: registered and reserved.
pub fn all_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = LINTS.iter().map(|l| l.meta().name).chain(RESERVED.iter().copied()).collect();
    v.sort_unstable();
    v
}
