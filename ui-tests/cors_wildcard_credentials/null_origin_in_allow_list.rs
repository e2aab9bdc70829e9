//! The desktop app loads pages from `file://`, which browsers send as `Origin: null`.

use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::CorsLayer;

pub fn with_desktop_cors(router: Router) -> Router {
    let origins = [
        HeaderValue::from_static("https://app.acme-portal.com"),
        HeaderValue::from_static("null"),
    ];
    router.layer(CorsLayer::new().allow_origin(origins).allow_credentials(true)) //~ cors_wildcard_credentials
}
