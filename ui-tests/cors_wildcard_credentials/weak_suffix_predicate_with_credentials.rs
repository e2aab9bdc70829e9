//! Customer subdomains may call the API with their session cookie.

use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};

pub fn with_customer_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(|origin: &HeaderValue, _parts: &Parts| { //~ cors_wildcard_credentials
            origin.as_bytes().ends_with(b"acme-portal.com")
        }))
        .allow_credentials(true);
    router.layer(cors)
}
