//! Read-only API of the engineering blog: posts and their comments, cached by the CDN.
//! Listing comments is a read; comment creation lives in the authenticated community service.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct Page {
    before: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct PostSummary {
    id: Uuid,
    slug: String,
    title: String,
    published_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Comment {
    id: Uuid,
    author_name: String,
    body_html: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

pub fn read_routes(state: AppState) -> Router {
    Router::new()
        .route("/posts", get(list_posts))
        .route("/posts/{post_id}/comments", get(list_comments))
        .with_state(state)
}

#[launchlint::public(reason = "published posts are public")]
async fn list_posts(State(state): State<AppState>, Query(page): Query<Page>) -> Result<Json<Vec<PostSummary>>, StatusCode> {
    sqlx::query_as(
        "SELECT id, slug, title, published_at FROM posts \
         WHERE published_at IS NOT NULL AND published_at < coalesce($1, now()) ORDER BY published_at DESC LIMIT 20",
    )
    .bind(page.before)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

#[launchlint::public(reason = "approved comments on published posts are public")]
async fn list_comments(
    State(state): State<AppState>,
    Path(post_id): Path<Uuid>,
    Query(page): Query<Page>,
) -> Result<Json<Vec<Comment>>, StatusCode> {
    sqlx::query_as(
        "SELECT c.id, c.author_name, c.body_html, c.created_at FROM comments c \
         JOIN posts p ON p.id = c.post_id AND p.published_at IS NOT NULL \
         WHERE c.post_id = $1 AND c.approved AND c.created_at < coalesce($2, now()) \
         ORDER BY c.created_at DESC LIMIT 50",
    )
    .bind(post_id)
    .bind(page.before)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
