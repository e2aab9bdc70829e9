//! Internal operations API. Every route must be called with `Accept: application/json`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use tower_http::validate_request::ValidateRequestHeaderLayer;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Usage {
    seats: i64,
    projects: i64,
    storage_bytes: i64,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/ops/workspaces/{workspace_id}/usage", get(workspace_usage))
        .route("/ops/jobs/retry-failed", post(retry_failed_jobs))
        .layer(ValidateRequestHeaderLayer::accept("application/json"))
        .with_state(state)
}

async fn workspace_usage( //~ missing_auth
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Usage>, StatusCode> {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM memberships WHERE workspace_id = $1) AS seats, \
                (SELECT count(*) FROM projects WHERE workspace_id = $1) AS projects, \
                (SELECT coalesce(sum(size_bytes), 0) FROM attachments WHERE workspace_id = $1) AS storage_bytes",
    )
    .bind(workspace_id)
    .fetch_one(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn retry_failed_jobs(State(state): State<AppState>) -> Result<Json<u64>, StatusCode> { //~ missing_auth
    sqlx::query("UPDATE background_jobs SET state = 'queued', attempts = 0 WHERE state = 'failed'")
        .execute(&state.db)
        .await
        .map(|done| Json(done.rows_affected()))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
