//! Account security routes. Their paths resemble sign-in and password-reset routes, but each
//! one acts on an existing account.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use rand::distributions::Alphanumeric;
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct LoginEvent {
    user_email: String,
    ip: String,
    user_agent: String,
    succeeded: bool,
}

#[derive(Deserialize)]
pub struct NewToken {
    user_id: Uuid,
    label: String,
}

#[derive(Deserialize)]
pub struct HistoryFilter {
    workspace_id: Uuid,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/admin/login-history", get(login_history))
        .route("/api/tokens", post(create_api_token)) //~ missing_rate_limit
        .route("/users/{user_id}/reset", post(reset_user))
        .with_state(state)
}

async fn login_history( //~ missing_auth
    State(state): State<AppState>,
    Query(filter): Query<HistoryFilter>,
) -> Result<Json<Vec<LoginEvent>>, StatusCode> {
    sqlx::query_as(
        "SELECT u.email AS user_email, e.ip, e.user_agent, e.succeeded FROM login_events e \
         JOIN users u ON u.id = e.user_id WHERE e.workspace_id = $1 ORDER BY e.created_at DESC LIMIT 500",
    )
    .bind(filter.workspace_id)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn create_api_token(State(state): State<AppState>, Json(body): Json<NewToken>) -> Result<Json<String>, StatusCode> { //~ missing_auth unvalidated_body
    let token: String = rand::thread_rng().sample_iter(&Alphanumeric).take(40).map(char::from).collect();
    let digest = hex::encode(Sha256::digest(token.as_bytes()));
    sqlx::query("INSERT INTO api_tokens (user_id, label, token_sha256) VALUES ($1, $2, $3)")
        .bind(body.user_id)
        .bind(&body.label)
        .bind(&digest)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(token))
}

/// Clears the user's second factor and signs out every session (support playbook step 3).
async fn reset_user(State(state): State<AppState>, Path(user_id): Path<Uuid>) -> StatusCode { //~ missing_auth
    let cleared = sqlx::query("UPDATE users SET totp_secret = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&state.db)
        .await;
    let signed_out = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&state.db)
        .await;
    match (cleared, signed_out) {
        (Ok(_), Ok(_)) => StatusCode::NO_CONTENT,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
