//! Uploads "without a limit" through DefaultBodyLimit::max.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

pub fn uploads() -> Router {
    Router::new()
        .route("/uploads", post(store_upload))
        .layer(DefaultBodyLimit::max(usize::MAX)) //~ unbounded_body
}

async fn store_upload(body: axum::body::Bytes) -> String {
    format!("{} bytes", body.len())
}
