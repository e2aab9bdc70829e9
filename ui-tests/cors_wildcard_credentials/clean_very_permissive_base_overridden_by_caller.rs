use std::time::Duration;

use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::CorsLayer;

fn cors_base() -> CorsLayer {
    CorsLayer::very_permissive().max_age(Duration::from_secs(600))
}

pub fn with_cors(router: Router) -> Router {
    let origins = [
        HeaderValue::from_static("https://app.example.com"),
        HeaderValue::from_static("https://console.example.com"),
    ];

    router.layer(cors_base().allow_origin(origins))
}
