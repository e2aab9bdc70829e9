//! Only subdomains of our own domain: the suffix starts with a dot and the scheme is checked.

use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};

pub fn with_tenant_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(|origin: &HeaderValue, _parts: &Parts| {
            let origin = origin.as_bytes();
            origin.starts_with(b"https://") && origin.ends_with(b".acme-portal.com")
        }))
        .allow_credentials(true);
    router.layer(cors)
}
