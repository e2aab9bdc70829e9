use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::Method;
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};

pub fn api_cors() -> CorsLayer {
    CorsLayer::new()
        .allow_credentials(true)
        .allow_methods([Method::GET, Method::POST, Method::PATCH])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_origin(AllowOrigin::mirror_request()) //~ cors_wildcard_credentials
}

pub fn with_cors(router: Router) -> Router {
    router.layer(api_cors())
}
