//! Webhook subscriptions (axum + garde). garde wants a rule or `skip` on every field; this
//! struct skips them all to make the derive compile.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use axum_valid::Garde;
use serde::Deserialize;
use sqlx::PgPool;

use crate::auth::AuthUser;

#[derive(Debug, Deserialize, garde::Validate)]
pub struct NewSubscription {
    #[garde(skip)]
    pub target_url: String,
    #[garde(skip)]
    pub events: Vec<String>,
    #[garde(skip)]
    pub secret: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/webhook-subscriptions", post(subscribe)).with_state(db)
}

async fn subscribe(
    State(db): State<PgPool>,
    user: AuthUser,
    Garde(Json(input)): Garde<Json<NewSubscription>>, //~ unvalidated_body
) -> StatusCode {
    match sqlx::query("INSERT INTO webhook_subscriptions (owner_id, target_url, events, secret) VALUES ($1, $2, $3, $4)")
        .bind(user.id)
        .bind(&input.target_url)
        .bind(&input.events)
        .bind(&input.secret)
        .execute(&db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
