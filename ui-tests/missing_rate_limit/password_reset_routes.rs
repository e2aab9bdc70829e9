//! Password recovery for the customer portal: request a reset email, then set a new password.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHasher};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct ForgotPassword {
    email: String,
}

#[derive(Deserialize)]
pub struct ResetPassword {
    token: String,
    new_password: String,
}

pub fn password_routes() -> Router<AppState> {
    Router::new()
        .route("/password/forgot", post(forgot_password)) //~ missing_rate_limit
        .route("/password/reset", post(reset_password)) //~ missing_rate_limit
}

async fn forgot_password(State(state): State<AppState>, Json(body): Json<ForgotPassword>) -> StatusCode {
    let token = Uuid::new_v4().to_string();
    let token_hash = hex::encode(Sha256::digest(token.as_bytes()));
    // Same answer whether or not the address exists; the mailer sends the link.
    let _ = sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, expires_at) \
         SELECT $1, id, now() + interval '30 minutes' FROM users WHERE email = $2",
    )
    .bind(&token_hash)
    .bind(&body.email)
    .execute(&state.db)
    .await;
    StatusCode::ACCEPTED
}

async fn reset_password(State(state): State<AppState>, Json(body): Json<ResetPassword>) -> StatusCode {
    if body.new_password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let token_hash = hex::encode(Sha256::digest(body.token.as_bytes()));
    let salt = SaltString::generate(&mut OsRng);
    let Ok(hash) = Argon2::default().hash_password(body.new_password.as_bytes(), &salt) else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    let updated = sqlx::query(
        "WITH used AS (DELETE FROM password_resets WHERE token_hash = $2 AND expires_at > now() RETURNING user_id) \
         UPDATE users SET password_hash = $1 FROM used WHERE users.id = used.user_id",
    )
    .bind(hash.to_string())
    .bind(&token_hash)
    .execute(&state.db)
    .await;
    match updated {
        Ok(result) if result.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::BAD_REQUEST,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
