//! Uploads stream past axum's buffered-extractor limit, capped by tower-http instead.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router() -> Router {
    Router::new().route(
        "/attachments",
        post(upload)
            .layer(DefaultBodyLimit::disable())
            .layer(RequestBodyLimitLayer::new(250 * 1024 * 1024)),
    )
}

async fn upload(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
