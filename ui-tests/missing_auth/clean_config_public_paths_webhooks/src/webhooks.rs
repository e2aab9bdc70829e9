//! Webhook receivers. The senders sign every delivery; a bad signature is a 400, as both
//! providers expect.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::AppState;

type HmacSha256 = Hmac<Sha256>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/stripe", post(stripe))
        .route("/github", post(github))
}

fn signature_matches(secret: &str, signed_payload: &[u8], expected_hex: &str) -> bool {
    let Ok(expected) = hex::decode(expected_hex) else {
        return false;
    };
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(signed_payload);
    mac.finalize().into_bytes().ct_eq(&expected).into()
}

async fn stripe(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    // Stripe-Signature: t=1700000000,v1=<hex>
    let Some(header) = headers.get("stripe-signature").and_then(|value| value.to_str().ok()) else {
        return StatusCode::BAD_REQUEST;
    };
    let mut timestamp = None;
    let mut signature = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", value)) => timestamp = Some(value),
            Some(("v1", value)) => signature = Some(value),
            _ => {}
        }
    }
    let (Some(timestamp), Some(signature)) = (timestamp, signature) else {
        return StatusCode::BAD_REQUEST;
    };
    let mut signed_payload = format!("{timestamp}.").into_bytes();
    signed_payload.extend_from_slice(&body);
    if !signature_matches(&state.stripe_webhook_secret, &signed_payload, signature) {
        return StatusCode::BAD_REQUEST;
    }
    let Ok(event) = serde_json::from_slice::<Value>(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    match sqlx::query("INSERT INTO stripe_events (id, payload) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
        .bind(event["id"].as_str().unwrap_or_default())
        .bind(&event)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::OK,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn github(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(signature) = headers
        .get("x-hub-signature-256")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("sha256="))
    else {
        return StatusCode::BAD_REQUEST;
    };
    if !signature_matches(&state.github_webhook_secret, &body, signature) {
        return StatusCode::BAD_REQUEST;
    }
    let delivery = headers
        .get("x-github-delivery")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    match sqlx::query("INSERT INTO github_deliveries (id, payload) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
        .bind(delivery)
        .bind(body.as_ref())
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::OK,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
