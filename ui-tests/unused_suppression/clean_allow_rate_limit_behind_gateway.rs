//! Sign-in for the partner portal. The service only receives traffic through the API gateway,
//! which applies a per-client quota to `/auth/*` before requests reach it.

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct PartnerCredentials {
    email: String,
    password: String,
}

#[launchlint::allow(missing_rate_limit, reason = "the API gateway throttles /auth/* per client")]
pub fn auth_router(state: AppState) -> Router {
    Router::new()
        .route("/auth/login", post(login))
        .with_state(state)
}

async fn login(
    State(state): State<AppState>,
    Json(creds): Json<PartnerCredentials>,
) -> Result<impl IntoResponse, StatusCode> {
    let row: Option<(Uuid, String)> =
        sqlx::query_as("SELECT id, password_hash FROM partner_users WHERE email = $1 AND disabled_at IS NULL")
            .bind(&creds.email)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (partner_user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO partner_sessions (token, partner_user_id, expires_at) VALUES ($1, $2, now() + interval '8 hours')",
    )
    .bind(&token)
    .bind(partner_user_id)
    .execute(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}
