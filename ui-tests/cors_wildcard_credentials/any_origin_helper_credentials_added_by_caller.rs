use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::Method;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

/// Originally written for the token-authenticated public API.
fn public_api_cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(Any) //~ cors_wildcard_credentials
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
}

pub fn with_session_cors(router: Router) -> Router {
    // the web app now signs in with a session cookie
    router.layer(public_api_cors().allow_credentials(true))
}
