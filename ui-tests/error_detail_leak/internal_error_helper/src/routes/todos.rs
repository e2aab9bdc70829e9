use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::Owner;
use crate::errors::internal_error;

#[derive(Serialize, sqlx::FromRow)]
pub struct Todo {
    pub id: Uuid,
    pub title: String,
    pub done: bool,
}

pub async fn list(State(pool): State<PgPool>, owner: Owner) -> Result<Json<Vec<Todo>>, (StatusCode, String)> {
    sqlx::query_as("SELECT id, title, done FROM todos WHERE owner_id = $1 ORDER BY created_at")
        .bind(owner.id)
        .fetch_all(&pool)
        .await
        .map(Json)
        .map_err(internal_error)
}

pub async fn count(State(pool): State<PgPool>, owner: Owner) -> Result<Json<i64>, (StatusCode, String)> {
    let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM todos WHERE owner_id = $1")
        .bind(owner.id)
        .fetch_one(&pool)
        .await
        .map_err(internal_error)?;
    Ok(Json(n))
}
