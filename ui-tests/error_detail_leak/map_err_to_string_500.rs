//! Invoices (axum): database errors go to the client verbatim.

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
    pub amount_cents: i64,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/invoices/{invoice_id}", get(show_invoice)).with_state(db)
}

async fn show_invoice(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(invoice_id): Path<Uuid>,
) -> Result<Json<Invoice>, (StatusCode, String)> {
    let invoice = sqlx::query_as("SELECT id, number, amount_cents FROM invoices WHERE id = $1 AND org_id = $2")
        .bind(invoice_id)
        .bind(user.org_id)
        .fetch_one(&db)
        .await
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?; //~ error_detail_leak
    Ok(Json(invoice))
}
