use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::Claims;
use crate::AppState;

#[derive(Deserialize)]
pub struct ExportRequest {
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct ExportJob {
    id: Uuid,
    status: String,
    download_url: Option<String>,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ledger", post(start_ledger_export)) //~ missing_rate_limit
        // Clients poll this until the file is ready; a listed glob covers every method.
        .route("/{export_id}", get(export_status)) //~ missing_rate_limit
}

async fn start_ledger_export(
    Extension(claims): Extension<Claims>,
    State(state): State<AppState>,
    Json(request): Json<ExportRequest>,
) -> Result<(StatusCode, Json<ExportJob>), StatusCode> {
    if request.to < request.from {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let job: ExportJob = sqlx::query_as(
        "INSERT INTO export_jobs (id, workspace_id, requested_by, kind, period_from, period_to, status) \
         VALUES ($1, $2, $3, 'ledger', $4, $5, 'queued') RETURNING id, status, download_url",
    )
    .bind(Uuid::new_v4())
    .bind(claims.workspace_id)
    .bind(claims.sub)
    .bind(request.from)
    .bind(request.to)
    .fetch_one(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::ACCEPTED, Json(job)))
}

async fn export_status(
    Extension(claims): Extension<Claims>,
    State(state): State<AppState>,
    Path(export_id): Path<Uuid>,
) -> Result<Json<ExportJob>, StatusCode> {
    sqlx::query_as("SELECT id, status, download_url FROM export_jobs WHERE id = $1 AND workspace_id = $2")
        .bind(export_id)
        .bind(claims.workspace_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
