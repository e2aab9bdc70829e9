use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use uuid::Uuid;

use crate::state::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{workspace_id}/invoices", get(list_invoices))
        .route("/workspaces/{workspace_id}/invoices/{invoice_id}/pdf", get(invoice_pdf))
}

async fn list_invoices(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Invoice>>, StatusCode> {
    sqlx::query_as("SELECT id, number, total_cents FROM invoices WHERE workspace_id = $1 ORDER BY issued_at DESC")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn invoice_pdf(
    State(state): State<AppState>,
    Path((workspace_id, invoice_id)): Path<(Uuid, Uuid)>,
) -> Result<impl IntoResponse, StatusCode> {
    let pdf: Option<(Vec<u8>,)> =
        sqlx::query_as("SELECT pdf FROM invoice_documents WHERE workspace_id = $1 AND invoice_id = $2")
            .bind(workspace_id)
            .bind(invoice_id)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (bytes,) = pdf.ok_or(StatusCode::NOT_FOUND)?;
    Ok(([(header::CONTENT_TYPE, "application/pdf")], bytes))
}
