//! Invoice API. The API-key middleware lets `/public/...` through for the hosted invoice page.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Clone, Copy)]
pub struct Tenant(pub Uuid);

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    customer_name: String,
    total_cents: i64,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/invoices/{invoice_id}", get(show_invoice))
        .route("/public/workspaces/{workspace_id}/invoices/{invoice_id}", get(hosted_invoice))
        .layer(middleware::from_fn_with_state(state.clone(), require_api_key))
        .with_state(state)
}

async fn require_api_key(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let path = request.uri().path();
    if path.starts_with("/public") || path == "/healthz" {
        return Ok(next.run(request).await);
    }
    let key = request
        .headers()
        .get("x-api-key")
        .and_then(|value| value.to_str().ok())
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let digest = hex::encode(Sha256::digest(key.as_bytes()));
    let tenant: Option<(Uuid,)> =
        sqlx::query_as("SELECT workspace_id FROM api_keys WHERE key_sha256 = $1 AND revoked_at IS NULL")
            .bind(&digest)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let (workspace_id,) = tenant.ok_or(StatusCode::UNAUTHORIZED)?;
    request.extensions_mut().insert(Tenant(workspace_id));
    Ok(next.run(request).await)
}

async fn show_invoice(
    State(state): State<AppState>,
    axum::Extension(Tenant(workspace_id)): axum::Extension<Tenant>,
    Path(invoice_id): Path<Uuid>,
) -> Result<Json<Invoice>, StatusCode> {
    sqlx::query_as(
        "SELECT id, number, customer_name, total_cents FROM invoices WHERE workspace_id = $1 AND id = $2",
    )
    .bind(workspace_id)
    .bind(invoice_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .map(Json)
    .ok_or(StatusCode::NOT_FOUND)
}

async fn hosted_invoice( //~ missing_auth
    State(state): State<AppState>,
    Path((workspace_id, invoice_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Invoice>, StatusCode> {
    sqlx::query_as(
        "SELECT id, number, customer_name, total_cents FROM invoices WHERE workspace_id = $1 AND id = $2 AND status <> 'draft'",
    )
    .bind(workspace_id)
    .bind(invoice_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .map(Json)
    .ok_or(StatusCode::NOT_FOUND)
}
