//! Project API (axum + axum-valid): `Valid<Json<T>>` runs the validator rules before the handler.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use axum_valid::Valid;
use serde::Deserialize;
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
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/projects", post(create_project)).with_state(db)
}

async fn create_project(
    State(db): State<PgPool>,
    user: AuthUser,
    Valid(Json(input)): Valid<Json<NewProject>>,
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO projects (id, owner_id, name, description) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(user.id)
        .bind(&input.name)
        .bind(&input.description)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}
