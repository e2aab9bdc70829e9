//! The operator sets the upload limit; launchlint cannot know it and does not guess.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
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

async fn upload(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
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
