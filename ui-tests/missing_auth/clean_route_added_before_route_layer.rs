//! Invoice routes of the billing service: every route is registered above the session layer.

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/invoices", get(list_invoices))
        .route("/workspaces/{workspace_id}/invoices/{invoice_id}", get(show_invoice))
        .route("/workspaces/{workspace_id}/invoices/export.csv", get(export_invoices))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_session))
        .route("/healthz", get(healthz))
        .with_state(state)
}

async fn require_session(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let session: Option<(Uuid,)> =
        sqlx::query_as("SELECT user_id FROM sessions WHERE token = $1 AND expires_at > now()")
            .bind(token)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    if session.is_none() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    Ok(next.run(request).await)
}

async fn healthz() -> &'static str {
    "ok"
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

async fn show_invoice(
    State(state): State<AppState>,
    Path((workspace_id, invoice_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Invoice>, StatusCode> {
    sqlx::query_as("SELECT id, number, total_cents FROM invoices WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(invoice_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

async fn export_invoices(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let invoices: Vec<Invoice> =
        sqlx::query_as("SELECT id, number, total_cents FROM invoices WHERE workspace_id = $1 ORDER BY number")
            .bind(workspace_id)
            .fetch_all(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut csv = String::from("id,number,total_cents\n");
    for invoice in &invoices {
        csv.push_str(&format!("{},{},{}\n", invoice.id, invoice.number, invoice.total_cents));
    }
    Ok(([(header::CONTENT_TYPE, "text/csv")], csv))
}
