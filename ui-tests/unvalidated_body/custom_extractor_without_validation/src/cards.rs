use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::Member;
use crate::extract::AppJson;

#[derive(Deserialize)]
pub struct NewCard {
    pub title: String,
    pub description: String,
    pub column: String,
    pub position: i32,
}

pub async fn create_card(
    State(db): State<PgPool>,
    member: Member,
    Path(board_id): Path<Uuid>,
    AppJson(card): AppJson<NewCard>, //~ unvalidated_body
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO cards (id, board_id, created_by, title, description, column_name, position) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(id)
        .bind(board_id)
        .bind(member.user_id)
        .bind(&card.title)
        .bind(&card.description)
        .bind(&card.column)
        .bind(card.position)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}
