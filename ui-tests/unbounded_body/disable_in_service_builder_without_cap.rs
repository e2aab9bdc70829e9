//! Middleware stack built with tower's ServiceBuilder; the limit is dropped and never replaced.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::trace::TraceLayer;

pub fn app() -> Router {
    Router::new().route("/imports", post(import)).layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(DefaultBodyLimit::disable()), //~ unbounded_body
    )
}

async fn import(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
