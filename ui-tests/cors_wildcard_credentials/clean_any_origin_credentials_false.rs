use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::Method;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

pub fn with_cors(router: Router) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        // API keys travel in the Authorization header, never in cookies
        .allow_credentials(false);

    router.layer(cors)
}
