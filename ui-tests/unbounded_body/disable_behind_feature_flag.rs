//! Self-hosted builds allow unlimited uploads.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
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

async fn store(_user: AuthUser, body: axum::body::Bytes) -> String {
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
