//! Account service: password sign-in for the web app and the CLI.

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower_http::trace::TraceLayer;
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
        .route("/auth/login", post(login)) //~ missing_rate_limit
        .route("/auth/logout", post(logout))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<impl IntoResponse, StatusCode> {
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
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(&token)
        .bind(user_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> StatusCode {
    let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
    else {
        return StatusCode::NO_CONTENT;
    };
    match sqlx::query("DELETE FROM sessions WHERE token = $1").bind(token).execute(&state.db).await {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
