//! Project API (axum 0.8). `NewProject` carries validator rules, but the handler takes plain
//! `Json` and never runs them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Debug, Deserialize, Validate)]
pub struct NewProject {
    #[validate(length(min = 1, max = 120))]
    pub name: String,
    #[validate(length(max = 2000))]
    pub description: Option<String>,
    #[validate(url)]
    pub repository_url: Option<String>,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Project {
    pub id: Uuid,
    pub name: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/projects", post(create_project)).with_state(db)
}

async fn create_project(
    State(db): State<PgPool>,
    user: AuthUser,
    Json(input): Json<NewProject>, //~ unvalidated_body
) -> Result<(StatusCode, Json<Project>), StatusCode> {
    let project = sqlx::query_as(
        "INSERT INTO projects (id, owner_id, name, description, repository_url) VALUES ($1, $2, $3, $4, $5) \
         RETURNING id, name",
    )
    .bind(Uuid::new_v4())
    .bind(user.id)
    .bind(&input.name)
    .bind(&input.description)
    .bind(&input.repository_url)
    .fetch_one(&db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(project)))
}
