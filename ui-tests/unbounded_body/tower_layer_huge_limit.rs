//! A streaming ingest endpoint behind tower-http's limit layer, set to 5 GB.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn ingest() -> Router {
    Router::new()
        .route("/ingest", post(ingest_events))
        .layer(RequestBodyLimitLayer::new(5_000_000_000)) //~ unbounded_body
}

async fn ingest_events(_user: AuthUser, body: axum::body::Body) -> &'static str {
    drop(body);
    "accepted"
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
