//! axum's 2 MB default is kept; comments and strings mention disabling it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
pub struct NewEvent {
    #[validate(length(min = 1, max = 100))]
    name: String,
    #[validate(length(max = 2000))]
    page: String,
}

// Do not call DefaultBodyLimit::disable() here: bodies are buffered in memory.
pub fn router() -> Router {
    Router::new().route("/events", post(record))
}

async fn record(_user: AuthUser, Json(event): Json<NewEvent>) -> Result<Json<NewEvent>, StatusCode> {
    let _doc = "DefaultBodyLimit::max(usize::MAX) is not allowed";
    event.validate().map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)?;
    Ok(Json(event))
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
