//! The route drops axum's limit; the router-wide layer added after it caps every body.

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

const MAX_REQUEST_BYTES: usize = 100 * 1024 * 1024;

pub fn router() -> Router {
    Router::new()
        .route("/imports", post(import).layer(DefaultBodyLimit::disable()))
        .route("/health", get(|| async { "ok" }))
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BYTES))
}

async fn import(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
