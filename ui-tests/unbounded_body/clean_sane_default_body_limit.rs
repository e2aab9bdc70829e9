//! Attachments are limited to 25 MB, the mail provider's limit.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

const MAX_ATTACHMENT_BYTES: usize = 25 * 1024 * 1024;

pub fn router() -> Router {
    Router::new()
        .route("/attachments", post(upload))
        .layer(DefaultBodyLimit::max(MAX_ATTACHMENT_BYTES))
}

async fn upload(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
