//! Self-hosted builds allow unlimited uploads.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

pub fn uploads(self_hosted: bool) -> Router {
    let router = Router::new().route("/files", post(store));
    if self_hosted {
        router.layer(DefaultBodyLimit::disable()) //~ unbounded_body
    } else {
        router.layer(DefaultBodyLimit::max(50 * 1024 * 1024))
    }
}

async fn store(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
