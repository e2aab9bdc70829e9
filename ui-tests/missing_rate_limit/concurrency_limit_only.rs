//! Newsletter platform: public sign-up and sign-in. The stack caps in-flight requests, which
//! sheds load under a spike but lets one client send guesses as fast as they complete.

use std::time::Duration;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::error_handling::HandleErrorLayer;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{BoxError, Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower::limit::ConcurrencyLimitLayer;
use tower::ServiceBuilder;
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

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/signup", post(signup)) //~ missing_rate_limit
        .route("/login", post(login)) //~ missing_rate_limit
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: BoxError| async { StatusCode::SERVICE_UNAVAILABLE }))
                .timeout(Duration::from_secs(10))
                .layer(ConcurrencyLimitLayer::new(64)),
        )
        .with_state(state)
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> StatusCode {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let salt = SaltString::generate(&mut OsRng);
    let Ok(hash) = Argon2::default().hash_password(creds.password.as_bytes(), &salt) else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    match sqlx::query("INSERT INTO writers (id, email, password_hash) VALUES ($1, $2, $3)")
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

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM writers WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (writer_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO writer_sessions (token, writer_id, expires_at) VALUES ($1, $2, now() + interval '30 days')")
        .bind(&token)
        .bind(writer_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}
