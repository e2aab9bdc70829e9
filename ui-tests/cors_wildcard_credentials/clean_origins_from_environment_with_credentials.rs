use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::CorsLayer;

/// `CORS_ORIGINS` is a comma-separated list set per deployment.
fn allowed_origins() -> Vec<HeaderValue> {
    std::env::var("CORS_ORIGINS")
        .expect("CORS_ORIGINS must be set")
        .split(',')
        .map(|origin| origin.trim().parse().expect("CORS_ORIGINS holds valid origins"))
        .collect()
}

pub fn with_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(allowed_origins())
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true);

    router.layer(cors)
}
