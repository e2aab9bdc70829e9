use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::Method;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

pub fn with_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any) //~ cors_wildcard_credentials
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true);

    router.layer(cors)
}
