use std::time::Duration;

use axum::http::Method;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

/// Read-only status feed consumed by third-party dashboards.
pub fn with_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD])
        .allow_headers(Any)
        .max_age(Duration::from_secs(86_400));

    router.layer(cors)
}
