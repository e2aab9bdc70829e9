use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};

const ALLOWED_ORIGINS: [&[u8]; 2] = [b"https://app.example.com", b"https://admin.example.com"];

fn cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(|origin: &HeaderValue, _parts: &Parts| {
            ALLOWED_ORIGINS.contains(&origin.as_bytes())
        }))
        .allow_methods([Method::GET, Method::POST, Method::DELETE])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true)
}

pub fn with_cors(router: Router) -> Router {
    router.layer(cors())
}
