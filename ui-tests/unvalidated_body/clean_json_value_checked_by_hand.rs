//! Feature flags (axum): a free-form JSON document, but the handler reads two fields and
//! rejects anything else with 400.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::patch;
use axum::{Json, Router};
use serde_json::Value;
use sqlx::PgPool;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/flags/{flag_key}", patch(update_flag)).with_state(db)
}

async fn update_flag(
    State(db): State<PgPool>,
    _user: AuthUser,
    Path(flag_key): Path<String>,
    Json(patch): Json<Value>,
) -> Result<StatusCode, StatusCode> {
    let enabled = patch.get("enabled").and_then(Value::as_bool).ok_or(StatusCode::BAD_REQUEST)?;
    let rollout = patch.get("rollout_percent").and_then(Value::as_u64).unwrap_or(100);
    if rollout > 100 {
        return Err(StatusCode::BAD_REQUEST);
    }
    sqlx::query("UPDATE feature_flags SET enabled = $1, rollout_percent = $2 WHERE key = $3")
        .bind(enabled)
        .bind(rollout as i32)
        .bind(&flag_key)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
