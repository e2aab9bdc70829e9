//! Backups are restored from a single request body.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

const MAX_BACKUP_BYTES: usize = 1 << 34;

pub fn restore() -> Router {
    Router::new()
        .route("/backups/restore", post(restore_backup))
        .layer(DefaultBodyLimit::max(MAX_BACKUP_BYTES)) //~ unbounded_body
}

async fn restore_backup(body: axum::body::Bytes) -> &'static str {
    if body.is_empty() { "empty" } else { "restoring" }
}
