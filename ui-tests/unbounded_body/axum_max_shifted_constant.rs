//! Backups are restored from a single request body.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

const MAX_BACKUP_BYTES: usize = 1 << 34;

pub fn restore() -> Router {
    Router::new()
        .route("/backups/restore", post(restore_backup))
        .layer(DefaultBodyLimit::max(MAX_BACKUP_BYTES)) //~ unbounded_body
}

async fn restore_backup(_user: AuthUser, body: axum::body::Bytes) -> &'static str {
    if body.is_empty() { "empty" } else { "restoring" }
}

/// The signed-in user, put in the request extensions by the session middleware.
#[derive(Clone)]
pub struct AuthUser {
    pub id: u64,
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<AuthUser>().cloned().ok_or(StatusCode::UNAUTHORIZED)
    }
}
