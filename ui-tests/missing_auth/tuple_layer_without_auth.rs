//! Project API with the standard production middleware.

use std::time::Duration;

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
pub struct Milestone {
    id: Uuid,
    title: String,
    due_on: Option<String>,
}

#[derive(Deserialize)]
pub struct WorkspaceScope {
    workspace_id: Uuid,
}

pub fn router(pool: PgPool) -> Router {
    Router::new()
        .route("/projects/{project_id}/milestones", get(list_milestones))
        .route("/projects/{project_id}/milestones/{milestone_id}", get(show_milestone))
        .layer((
            TraceLayer::new_for_http(),
            CompressionLayer::new(),
            TimeoutLayer::new(Duration::from_secs(15)),
            Extension(pool),
        ))
}

async fn list_milestones( //~ missing_auth
    Extension(pool): Extension<PgPool>,
    Path(project_id): Path<Uuid>,
    Query(scope): Query<WorkspaceScope>,
) -> Result<Json<Vec<Milestone>>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD') AS due_on FROM milestones m \
         JOIN projects p ON p.id = m.project_id WHERE p.workspace_id = $1 AND p.id = $2 ORDER BY m.due_on",
    )
    .bind(scope.workspace_id)
    .bind(project_id)
    .fetch_all(&pool)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_milestone( //~ missing_auth
    Extension(pool): Extension<PgPool>,
    Path((project_id, milestone_id)): Path<(Uuid, Uuid)>,
    Query(scope): Query<WorkspaceScope>,
) -> Result<Json<Milestone>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD') AS due_on FROM milestones m \
         JOIN projects p ON p.id = m.project_id WHERE p.workspace_id = $1 AND p.id = $2 AND m.id = $3",
    )
    .bind(scope.workspace_id)
    .bind(project_id)
    .bind(milestone_id)
    .fetch_optional(&pool)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .map(Json)
    .ok_or(StatusCode::NOT_FOUND)
}
