//! The `local-dev` feature swaps in a permissive CORS layer for the storybook.

use axum::Router;
use tower::ServiceBuilder;
use tower_http::cors::CorsLayer;
use tower_http::trace::TraceLayer;

#[cfg(feature = "local-dev")]
pub fn middleware(router: Router) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(CorsLayer::very_permissive()), //~ cors_wildcard_credentials
    )
}

#[cfg(not(feature = "local-dev"))]
pub fn middleware(router: Router) -> Router {
    router.layer(TraceLayer::new_for_http())
}
