use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Serialize;
use uuid::Uuid;

use crate::auth::Member;
use crate::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Subscription {
    id: Uuid,
    plan: String,
    seats: i32,
    status: String,
}

pub async fn list(
    State(state): State<AppState>,
    Extension(member): Extension<Member>,
) -> Result<Json<Vec<Subscription>>, StatusCode> {
    sqlx::query_as("SELECT id, plan, seats, status FROM subscriptions WHERE workspace_id = $1")
        .bind(member.workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

pub async fn cancel(
    State(state): State<AppState>,
    Extension(member): Extension<Member>,
    Path(subscription_id): Path<Uuid>,
) -> StatusCode {
    match sqlx::query(
        "UPDATE subscriptions SET status = 'canceling' WHERE workspace_id = $1 AND id = $2 AND status = 'active'",
    )
    .bind(member.workspace_id)
    .bind(subscription_id)
    .execute(&state.db)
    .await
    {
        Ok(done) if done.rows_affected() == 1 => StatusCode::ACCEPTED,
        Ok(_) => StatusCode::CONFLICT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
