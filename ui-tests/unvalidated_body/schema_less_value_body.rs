//! Dashboard layouts (axum): the client's layout JSON is stored as it arrives.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/dashboards/{dashboard_id}/layout", post(save_layout)).with_state(db)
}

async fn save_layout(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(dashboard_id): Path<Uuid>,
    Json(layout): Json<Value>, //~ unvalidated_body
) -> StatusCode {
    let saved = sqlx::query("UPDATE dashboards SET layout = $1, updated_by = $2 WHERE id = $3")
        .bind(&layout)
        .bind(user.id)
        .bind(dashboard_id)
        .execute(&db)
        .await;
    match saved {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
