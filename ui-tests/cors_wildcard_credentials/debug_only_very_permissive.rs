use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::CorsLayer;

pub fn with_cors(router: Router) -> Router {
    let cors = if cfg!(debug_assertions) {
        // the Vite dev server picks a new port on every start
        CorsLayer::very_permissive() //~ cors_wildcard_credentials
    } else {
        CorsLayer::new()
            .allow_origin(HeaderValue::from_static("https://app.example.com"))
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
            .allow_headers([AUTHORIZATION, CONTENT_TYPE])
            .allow_credentials(true)
    };

    router.layer(cors)
}
