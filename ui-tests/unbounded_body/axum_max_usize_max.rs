//! Uploads "without a limit" through DefaultBodyLimit::max.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn uploads() -> Router {
    Router::new()
        .route("/uploads", post(store_upload))
        .layer(DefaultBodyLimit::max(usize::MAX)) //~ unbounded_body
}

async fn store_upload(_user: AuthUser, body: axum::body::Bytes) -> String {
    format!("{} bytes", body.len())
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
