//! Video uploads allow 8 GiB bodies, buffered in memory by `Bytes`.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn videos() -> Router {
    Router::new().route(
        "/videos",
        post(upload_video).layer(DefaultBodyLimit::max(8 * 1024 * 1024 * 1024)), //~ unbounded_body
    )
}

async fn upload_video(_user: AuthUser, body: axum::body::Bytes) -> String {
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
