//! CORS chosen per deployment profile and applied with the trace layer as a tuple.

use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;

pub enum Profile {
    Production,
    Preview,
}

pub fn with_layers(router: Router, profile: Profile) -> Router {
    let cors = match profile {
        Profile::Production => CorsLayer::new()
            .allow_origin(HeaderValue::from_static("https://app.acme-portal.com"))
            .allow_credentials(true),
        Profile::Preview => CorsLayer::new()
            .allow_origin(AllowOrigin::mirror_request()) //~ cors_wildcard_credentials
            .allow_credentials(true),
    };
    router.layer((TraceLayer::new_for_http(), cors))
}
