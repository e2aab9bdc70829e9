//! Board columns (axum): a small payload checked by hand before it is stored.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Deserialize)]
pub struct NewColumn {
    pub name: String,
    pub wip_limit: Option<i32>,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/boards/{board_id}/columns", post(add_column)).with_state(db)
}

async fn add_column(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(board_id): Path<Uuid>,
    Json(column): Json<NewColumn>,
) -> StatusCode {
    let name = column.name.trim();
    if name.is_empty() || name.chars().count() > 40 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    if column.wip_limit.is_some_and(|limit| !(1..=100).contains(&limit)) {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let saved = sqlx::query("INSERT INTO board_columns (board_id, created_by, name, wip_limit) VALUES ($1, $2, $3, $4)")
        .bind(board_id)
        .bind(user.id)
        .bind(name)
        .bind(column.wip_limit)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
