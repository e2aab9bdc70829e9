use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

use crate::auth::Poster;
use crate::extract::ValidatedJson;

#[derive(Deserialize, Validate)]
pub struct NewThread {
    #[validate(length(min = 3, max = 150))]
    pub title: String,
    #[validate(length(min = 1, max = 40000))]
    pub body: String,
}

#[derive(Deserialize, Validate)]
pub struct NewReply {
    #[validate(length(min = 1, max = 40000))]
    pub body: String,
}

pub async fn create_thread(
    State(db): State<PgPool>,
    poster: Poster,
    ValidatedJson(thread): ValidatedJson<NewThread>,
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO threads (id, author_id, title, body) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(poster.id)
        .bind(&thread.title)
        .bind(&thread.body)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}

pub async fn reply(
    State(db): State<PgPool>,
    poster: Poster,
    Path(thread_id): Path<Uuid>,
    ValidatedJson(reply): ValidatedJson<NewReply>,
) -> StatusCode {
    let saved = sqlx::query("INSERT INTO replies (thread_id, author_id, body) VALUES ($1, $2, $3)")
        .bind(thread_id)
        .bind(poster.id)
        .bind(&reply.body)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
