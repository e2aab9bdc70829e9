//! The public REST API authenticates with bearer tokens; browsers never send cookies to it.

use axum::Router;
use tower_http::cors::CorsLayer;
use tower_http::trace::TraceLayer;

pub fn with_middleware(router: Router) -> Router {
    router
        .layer(CorsLayer::permissive())
        .layer(TraceLayer::new_for_http())
}
