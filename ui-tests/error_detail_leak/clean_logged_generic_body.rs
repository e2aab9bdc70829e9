//! Invoices (axum): the error is logged with its details; the client gets a generic message.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    pub id: Uuid,
    pub number: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/invoices/{invoice_id}", get(show_invoice)).with_state(db)
}

async fn show_invoice(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(invoice_id): Path<Uuid>,
) -> Result<Json<Invoice>, (StatusCode, &'static str)> {
    let invoice = sqlx::query_as("SELECT id, number FROM invoices WHERE id = $1 AND org_id = $2")
        .bind(invoice_id)
        .bind(user.org_id)
        .fetch_optional(&db)
        .await
        .map_err(|e| {
            tracing::error!(error = ?e, %invoice_id, "loading the invoice failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal server error")
        })?
        .ok_or((StatusCode::NOT_FOUND, "no such invoice"))?;
    Ok(Json(invoice))
}
