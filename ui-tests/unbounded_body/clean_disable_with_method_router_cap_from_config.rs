//! The cap comes from configuration: the route is still bounded.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub struct UploadSettings {
    pub max_bytes: usize,
}

pub fn router(settings: &UploadSettings) -> Router {
    Router::new().route(
        "/exports/import",
        post(import)
            .layer(DefaultBodyLimit::disable())
            .layer(RequestBodyLimitLayer::new(settings.max_bytes)),
    )
}

async fn import(_user: AuthUser, body: axum::body::Bytes) -> String {
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
