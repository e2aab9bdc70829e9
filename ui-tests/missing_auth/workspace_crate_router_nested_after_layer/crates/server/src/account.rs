use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::session::CurrentUser;

#[derive(Serialize, sqlx::FromRow)]
pub struct Profile {
    id: Uuid,
    name: String,
    email: String,
}

pub async fn me(
    Extension(pool): Extension<PgPool>,
    Extension(user): Extension<CurrentUser>,
) -> Result<Json<Profile>, StatusCode> {
    sqlx::query_as("SELECT id, name, email FROM users WHERE id = $1")
        .bind(user.id)
        .fetch_optional(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
