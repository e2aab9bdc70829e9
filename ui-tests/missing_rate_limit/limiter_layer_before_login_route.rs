//! Identity routes of the ticketing service. `.layer` only wraps the routes that exist when it
//! is called, so the sign-in route added below the limiter is not throttled.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
pub struct ResetRequest {
    email: String,
}

pub fn identity_routes() -> Router<AppState> {
    let limits = GovernorConfigBuilder::default()
        .per_second(2)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/auth/signup", post(signup))
        .route("/auth/password-reset", post(request_password_reset))
        .layer(GovernorLayer::new(limits))
        // Moved here from the legacy session module during the SSO migration.
        .route("/auth/login", post(login)) //~ missing_rate_limit
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> StatusCode {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let salt = SaltString::generate(&mut OsRng);
    let Ok(hash) = Argon2::default().hash_password(creds.password.as_bytes(), &salt) else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    match sqlx::query("INSERT INTO agents (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(&creds.email)
        .bind(hash.to_string())
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::CONFLICT,
    }
}

async fn request_password_reset(State(state): State<AppState>, Json(body): Json<ResetRequest>) -> StatusCode {
    let _ = sqlx::query(
        "INSERT INTO password_resets (token, agent_id, expires_at) \
         SELECT $1, id, now() + interval '1 hour' FROM agents WHERE email = $2",
    )
    .bind(Uuid::new_v4())
    .bind(&body.email)
    .execute(&state.db)
    .await;
    StatusCode::ACCEPTED
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM agents WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (agent_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO agent_sessions (token, agent_id, expires_at) VALUES ($1, $2, now() + interval '10 hours')")
        .bind(&token)
        .bind(agent_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}
