use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::{Any, CorsLayer};

pub fn with_cors(router: Router) -> Router {
    let defaults = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE]);

    // the web app signs in with a session cookie, so pin the origins it is served from
    let cors = defaults
        .allow_origin([
            HeaderValue::from_static("https://app.example.com"),
            HeaderValue::from_static("https://staging.example.com"),
        ])
        .allow_credentials(true);

    router.layer(cors)
}
