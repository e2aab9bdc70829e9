use axum::http::header::{ACCEPT, CONTENT_TYPE};
use axum::http::Method;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Partner storefronts embed the catalog on their own domains.
pub fn partner_cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::mirror_request()) //~ cors_wildcard_credentials
        .allow_methods([Method::GET])
        .allow_headers([ACCEPT, CONTENT_TYPE])
        .allow_credentials(true)
}
