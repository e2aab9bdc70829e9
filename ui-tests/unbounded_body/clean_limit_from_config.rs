//! The operator sets the upload limit; launchlint cannot know it and does not guess.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

pub struct Limits {
    pub max_upload_bytes: usize,
}

pub fn router(limits: &Limits) -> Router {
    Router::new()
        .route("/uploads", post(upload))
        .layer(DefaultBodyLimit::max(limits.max_upload_bytes))
}

async fn upload(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
