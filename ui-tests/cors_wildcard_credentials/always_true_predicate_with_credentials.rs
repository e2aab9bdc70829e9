use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// CORS for the embeddable booking widget.
fn booking_widget_cors() -> CorsLayer {
    CorsLayer::new()
        // TODO: check the origin against the customer's registered domains
        .allow_origin(AllowOrigin::predicate( //~ cors_wildcard_credentials
            |_origin: &HeaderValue, _request_parts: &Parts| true,
        ))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true)
}

pub fn with_cors(router: Router) -> Router {
    router.layer(booking_widget_cors())
}
