//! Workspaces (axum): 4xx bodies name the resource the client asked for.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;

use crate::auth::AuthUser;

#[derive(Serialize, sqlx::FromRow)]
pub struct Workspace {
    pub slug: String,
    pub name: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new()
        .route("/api/workspaces/{slug}", get(show))
        .route("/api/workspaces/{slug}/claim", post(claim))
        .with_state(db)
}

async fn show(State(db): State<PgPool>, _user: AuthUser, Path(slug): Path<String>) -> Result<Json<Workspace>, (StatusCode, String)> {
    sqlx::query_as("SELECT slug, name FROM workspaces WHERE slug = $1")
        .bind(&slug)
        .fetch_optional(&db)
        .await
        .map_err(|_| (StatusCode::INTERNAL_SERVER_ERROR, "internal server error".to_owned()))?
        .map(Json)
        .ok_or_else(|| (StatusCode::NOT_FOUND, format!("no workspace named {slug}")))
}

async fn claim(State(db): State<PgPool>, user: AuthUser, Path(slug): Path<String>) -> Result<StatusCode, (StatusCode, String)> {
    let inserted = sqlx::query("INSERT INTO workspaces (slug, name, owner_id) VALUES ($1, $1, $2) ON CONFLICT DO NOTHING")
        .bind(&slug)
        .bind(user.id)
        .execute(&db)
        .await
        .map_err(|error| {
            tracing::error!(%error, "claiming a workspace failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal server error".to_owned())
        })?;
    if inserted.rows_affected() == 0 {
        return Err((StatusCode::CONFLICT, format!("{slug} is taken")));
    }
    Ok(StatusCode::CREATED)
}
