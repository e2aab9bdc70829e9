use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Form, Json, Router};
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct SignIn {
    email: String,
    password: String,
}

pub fn router() -> Router<AppState> {
    // Per client IP: a burst of 5, then one attempt every 4 seconds.
    let limits = GovernorConfigBuilder::default()
        .per_second(4)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
        .layer(GovernorLayer::new(limits))
}

async fn login(State(state): State<AppState>, Form(form): Form<SignIn>) -> Result<impl IntoResponse, StatusCode> {
    let row: Option<(Uuid, String)> =
        sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
            .bind(&form.email)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(form.password.as_bytes(), &hash)
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
