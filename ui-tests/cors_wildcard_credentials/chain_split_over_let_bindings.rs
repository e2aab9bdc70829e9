use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::Method;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

pub fn with_cors(router: Router) -> Router {
    let cors = CorsLayer::new();
    let cors = cors.allow_origin(Any); //~ cors_wildcard_credentials
    let cors = cors.allow_methods([Method::GET, Method::POST, Method::DELETE]);
    let cors = cors.allow_headers([AUTHORIZATION, CONTENT_TYPE]);
    let cors = cors.allow_credentials(true);

    router.layer(cors)
}
