//! Webhook subscriptions (axum + axum-valid's garde extractor).

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
    #[garde(url, length(max = 2048))]
    pub target_url: String,
    #[garde(length(min = 1, max = 20), inner(length(min = 1, max = 64)))]
    pub events: Vec<String>,
    #[garde(skip)]
    pub description: Option<String>,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/webhook-subscriptions", post(subscribe)).with_state(db)
}

async fn subscribe(
    State(db): State<PgPool>,
    user: AuthUser,
    Garde(Json(input)): Garde<Json<NewSubscription>>,
) -> StatusCode {
    match sqlx::query("INSERT INTO webhook_subscriptions (owner_id, target_url, events, description) VALUES ($1, $2, $3, $4)")
        .bind(user.id)
        .bind(&input.target_url)
        .bind(&input.events)
        .bind(&input.description)
        .execute(&db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
