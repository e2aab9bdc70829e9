//! Payment provider webhooks (axum): the raw body is checked against the signature header
//! before it is parsed.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub webhook_secret: String,
}

pub fn router(state: AppState) -> Router {
    Router::new().route("/webhooks/payments", post(payment_event)).with_state(state)
}

#[launchlint::public(reason = "called by the payment provider; signed with the shared secret")]
async fn payment_event(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(signature) = headers.get("x-signature").and_then(|v| v.to_str().ok()).and_then(|v| hex::decode(v).ok()) else {
        return StatusCode::BAD_REQUEST;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(state.webhook_secret.as_bytes()).expect("any key length");
    mac.update(&body);
    if mac.verify_slice(&signature).is_err() {
        return StatusCode::BAD_REQUEST;
    }
    let Ok(event) = serde_json::from_slice::<Value>(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    match sqlx::query("INSERT INTO payment_events (id, payload) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
        .bind(event["id"].as_str().unwrap_or_default())
        .bind(&event)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::OK,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
