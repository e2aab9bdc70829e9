//! Sessions (axum): sign-in and password-reset requests carry credentials the handler compares
//! with what is stored; they are not stored themselves.

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Form, Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct SignIn {
    pub email: String,
    pub password: String,
}

#[derive(Deserialize)]
pub struct ResetRequest {
    pub email: String,
}

pub fn router(db: PgPool) -> Router {
    // Password guessing and reset-email floods: a burst of 5 per client, then one every 2 seconds.
    let config = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid limits");
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/forgot-password", post(forgot_password))
        .layer(GovernorLayer::new(config))
        .with_state(db)
}

async fn login(State(db): State<PgPool>, Form(form): Form<SignIn>) -> Result<Json<Uuid>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default().verify_password(form.password.as_bytes(), &hash).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(Json(user_id))
}

async fn forgot_password(State(db): State<PgPool>, Json(request): Json<ResetRequest>) -> StatusCode {
    // Same answer whether or not the address exists.
    let _ = sqlx::query(
        "INSERT INTO password_resets (user_id, token, expires_at) \
         SELECT id, encode(gen_random_bytes(32), 'hex'), now() + interval '1 hour' FROM users WHERE email = $1",
    )
    .bind(&request.email)
    .execute(&db)
    .await;
    StatusCode::ACCEPTED
}
