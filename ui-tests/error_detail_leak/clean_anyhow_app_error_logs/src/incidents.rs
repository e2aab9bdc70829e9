use axum::extract::State;
use axum::Json;
use serde::Serialize;
use sqlx::PgPool;

use crate::error::AppError;

#[derive(Serialize, sqlx::FromRow)]
pub struct Incident {
    pub title: String,
    pub status: String,
}

#[launchlint::public(reason = "public status page")]
pub async fn open_incidents(State(pool): State<PgPool>) -> Result<Json<Vec<Incident>>, AppError> {
    let incidents = sqlx::query_as("SELECT title, status FROM incidents WHERE resolved_at IS NULL")
        .fetch_all(&pool)
        .await?;
    Ok(Json(incidents))
}
