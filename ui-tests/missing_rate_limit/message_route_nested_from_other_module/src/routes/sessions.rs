use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use jsonwebtoken::{encode, Header};
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

use crate::auth::Claims;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

pub fn router() -> Router<AppState> {
    let limits = GovernorConfigBuilder::default()
        .per_second(3)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/auth/login", post(login))
        .layer(GovernorLayer::new(limits))
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let claims = Claims { sub: user_id, exp: jsonwebtoken::get_current_timestamp() + 3600 };
    let token = encode(&Header::default(), &claims, &state.encoding_key).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "access_token": token })))
}
