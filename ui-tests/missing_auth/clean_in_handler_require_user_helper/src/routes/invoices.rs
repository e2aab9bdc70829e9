use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Serialize;
use uuid::Uuid;

use crate::auth;
use crate::error::ApiError;
use crate::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
    status: String,
}

pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Vec<Invoice>>, ApiError> {
    let user = auth::require_user(&state, &headers).await?;
    let invoices = sqlx::query_as(
        "SELECT id, number, total_cents, status FROM invoices WHERE workspace_id = $1 ORDER BY issued_at DESC",
    )
    .bind(user.workspace_id)
    .fetch_all(&state.db)
    .await?;
    Ok(Json(invoices))
}

pub async fn send(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(invoice_id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    let user = auth::require_user(&state, &headers).await?;
    if !user.can_send_invoices {
        return Err(ApiError::Forbidden);
    }
    let queued = sqlx::query(
        "UPDATE invoices SET status = 'sending', sent_by = $1 WHERE workspace_id = $2 AND id = $3 AND status = 'open'",
    )
    .bind(user.id)
    .bind(user.workspace_id)
    .bind(invoice_id)
    .execute(&state.db)
    .await?;
    if queued.rows_affected() == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::ACCEPTED)
}
