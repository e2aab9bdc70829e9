//! Blog engine API: authors publish posts. A tower `RateLimit` (one global bucket) behind a
//! buffer caps the write routes at 100 requests a second.

use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::routing::post;
use axum::{BoxError, Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower::buffer::BufferLayer;
use tower::limit::RateLimitLayer;
use tower::ServiceBuilder;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub struct Author {
    pub id: Uuid,
}

impl FromRequestParts<AppState> for Author {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let row: Option<(Uuid,)> =
            sqlx::query_as("SELECT author_id FROM author_sessions WHERE token = $1 AND expires_at > now()")
                .bind(token)
                .fetch_optional(&state.db)
                .await
                .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
        let (id,) = row.ok_or(StatusCode::UNAUTHORIZED)?;
        Ok(Author { id })
    }
}

#[derive(Deserialize)]
pub struct NewPost {
    title: String,
    body_markdown: String,
}

pub fn write_routes() -> Router<AppState> {
    Router::new()
        .route("/api/posts", post(create_post))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: BoxError| async { StatusCode::TOO_MANY_REQUESTS }))
                .layer(BufferLayer::new(1024))
                .layer(RateLimitLayer::new(100, Duration::from_secs(1))),
        )
}

async fn create_post(
    author: Author,
    State(state): State<AppState>,
    Json(post): Json<NewPost>,
) -> Result<(StatusCode, Json<serde_json::Value>), StatusCode> {
    if post.title.trim().is_empty() {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let post_id = Uuid::new_v4();
    sqlx::query("INSERT INTO posts (id, author_id, title, body_markdown, status) VALUES ($1, $2, $3, $4, 'draft')")
        .bind(post_id)
        .bind(author.id)
        .bind(post.title.trim())
        .bind(&post.body_markdown)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": post_id }))))
}
