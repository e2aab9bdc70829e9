use std::time::Duration;

use axum::http::Method;
use axum::Router;
use tower_http::cors::CorsLayer;

/// The dashboard talks to the API from the browser with its session cookie.
fn dashboard_cors() -> CorsLayer {
    CorsLayer::very_permissive() //~ cors_wildcard_credentials
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .max_age(Duration::from_secs(600))
}

pub fn with_cors(router: Router) -> Router {
    router.layer(dashboard_cors())
}
