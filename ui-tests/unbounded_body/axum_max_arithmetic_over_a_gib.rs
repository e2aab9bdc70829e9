//! Video uploads allow 8 GiB bodies, buffered in memory by `Bytes`.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

pub fn videos() -> Router {
    Router::new().route(
        "/videos",
        post(upload_video).layer(DefaultBodyLimit::max(8 * 1024 * 1024 * 1024)), //~ unbounded_body
    )
}

async fn upload_video(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
