//! Sign-in and sign-up for help desk agents. Written against tower_governor 0.4, where the
//! layer is a struct literal holding the shared config.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use password_auth::{generate_hash, verify_password};
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

use crate::AppState;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

pub fn router() -> Router<AppState> {
    let governor_conf = GovernorConfigBuilder::default()
        .per_second(2)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/login", post(login))
        .route("/signup", post(signup))
        .layer(GovernorLayer { config: Arc::new(governor_conf) })
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM agents WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (agent_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    verify_password(&creds.password, &stored).map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO agent_sessions (token, agent_id, expires_at) VALUES ($1, $2, now() + interval '9 hours')")
        .bind(&token)
        .bind(agent_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> StatusCode {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match sqlx::query("INSERT INTO agents (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(&creds.email)
        .bind(generate_hash(&creds.password))
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::CONFLICT,
    }
}
