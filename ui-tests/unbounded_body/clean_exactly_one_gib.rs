//! Disk images may be up to exactly 1 GiB.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

pub fn router() -> Router {
    Router::new().route(
        "/images",
        post(upload_image).layer(DefaultBodyLimit::max(1024 * 1024 * 1024)),
    )
}

async fn upload_image(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
