use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use sqlx::PgPool;
use uuid::Uuid;

use super::model::CreatePost;
use crate::api::auth::Editor;
use crate::api::envelope::Envelope;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/v1/posts", post(create_post)).with_state(db)
}

async fn create_post(
    State(db): State<PgPool>,
    editor: Editor,
    Json(request): Json<Envelope<CreatePost>>, //~ unvalidated_body
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    let post = request.data;
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO posts (id, author_id, headline, slug, body_markdown, tags) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(editor.id)
        .bind(&post.headline)
        .bind(&post.slug)
        .bind(&post.body_markdown)
        .bind(&post.tags)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}
