//! The avatar route is capped, but the limit layer does not cover the import route.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router() -> Router {
    Router::new()
        .route("/import", post(import).layer(DefaultBodyLimit::disable())) //~ unbounded_body
        .route("/avatar", post(avatar).layer(RequestBodyLimitLayer::new(2 * 1024 * 1024)))
}

async fn import(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
}

async fn avatar(_user: AuthUser, body: axum::body::Bytes) -> String {
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
