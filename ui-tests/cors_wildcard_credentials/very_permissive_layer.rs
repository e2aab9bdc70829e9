//! Middleware stack shared by every router of the storefront API.

use axum::Router;
use tower_http::cors::CorsLayer;
use tower_http::trace::TraceLayer;

pub fn with_middleware(router: Router) -> Router {
    let cors = CorsLayer::very_permissive(); //~ cors_wildcard_credentials

    router.layer(cors).layer(TraceLayer::new_for_http())
}
