use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use uuid::Uuid;

use crate::state::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Project {
    id: Uuid,
    name: String,
}

/// Nested under `/workspaces/{workspace_id}/projects`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(list_projects))
        .route("/{project_id}", get(show_project).delete(delete_project))
}

async fn list_projects(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Project>>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_project(
    State(state): State<AppState>,
    Path((workspace_id, project_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Project>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(project_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

async fn delete_project(
    State(state): State<AppState>,
    Path((workspace_id, project_id)): Path<(Uuid, Uuid)>,
) -> StatusCode {
    match sqlx::query("DELETE FROM projects WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(project_id)
        .execute(&state.db)
        .await
    {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
