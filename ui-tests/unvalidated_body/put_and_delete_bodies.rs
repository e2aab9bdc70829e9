//! Address book (axum): replace an address (PUT) and delete one with a reason (DELETE body).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::put;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Deserialize)]
pub struct Address {
    pub label: String,
    pub line1: String,
    pub line2: Option<String>,
    pub postal_code: String,
    pub country: String,
}

#[derive(Deserialize)]
pub struct DeletionReason {
    pub reason: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new()
        .route("/api/addresses/{address_id}", put(replace_address).delete(delete_address))
        .with_state(db)
}

async fn replace_address(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(address_id): Path<Uuid>,
    Json(address): Json<Address>, //~ unvalidated_body
) -> StatusCode {
    let done = sqlx::query(
        "UPDATE addresses SET label = $1, line1 = $2, line2 = $3, postal_code = $4, country = $5 \
         WHERE id = $6 AND user_id = $7",
    )
    .bind(&address.label)
    .bind(&address.line1)
    .bind(&address.line2)
    .bind(&address.postal_code)
    .bind(&address.country)
    .bind(address_id)
    .bind(user.id)
    .execute(&db)
    .await;
    if done.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}

async fn delete_address(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(address_id): Path<Uuid>,
    Json(why): Json<DeletionReason>, //~ unvalidated_body
) -> StatusCode {
    let done = sqlx::query("UPDATE addresses SET deleted_at = now(), deletion_reason = $1 WHERE id = $2 AND user_id = $3")
        .bind(&why.reason)
        .bind(address_id)
        .bind(user.id)
        .execute(&db)
        .await;
    if done.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}
