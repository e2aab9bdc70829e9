//! Member import accepts CSV bodies of any size.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn router() -> Router {
    Router::new().route(
        "/members/import",
        post(import_members).layer(DefaultBodyLimit::disable()), //~ unbounded_body
    )
}

async fn import_members(_user: AuthUser, body: Bytes) -> StatusCode {
    if body.is_empty() {
        return StatusCode::BAD_REQUEST;
    }
    StatusCode::ACCEPTED
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
