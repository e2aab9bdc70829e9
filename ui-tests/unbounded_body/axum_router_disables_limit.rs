//! The whole API router drops the default body limit.

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::{request::Parts, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tower_governor::{governor::GovernorConfigBuilder, GovernorLayer};
use validator::Validate;

pub fn api() -> Router {
    let throttle = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid rate limits");
    Router::new()
        .route("/posts", get(list_posts).post(create_post))
        .route("/attachments", post(upload))
        .layer(DefaultBodyLimit::disable()) //~ unbounded_body
        .layer(GovernorLayer::new(throttle))
}

#[derive(Deserialize, Serialize, Validate)]
pub struct NewPost {
    #[validate(length(min = 1, max = 200))]
    title: String,
    #[validate(length(max = 20000))]
    body: String,
}

async fn list_posts(_user: AuthUser) -> Json<Vec<Value>> {
    Json(Vec::new())
}

async fn create_post(_user: AuthUser, Json(post): Json<NewPost>) -> Result<Json<NewPost>, StatusCode> {
    post.validate().map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)?;
    Ok(Json(post))
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
