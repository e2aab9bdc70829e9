//! One middleware stack replaces axum's limit with a streaming cap.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

pub fn app() -> Router {
    Router::new().route("/files", post(store)).layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(DefaultBodyLimit::disable())
            .layer(RequestBodyLimitLayer::new(1024 * 1024 * 1024)),
    )
}

async fn store(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
