//! Workspace settings (axum). The rules run, but their result is thrown away.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::put;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Deserialize, Validate)]
pub struct WorkspaceSettings {
    #[validate(length(min = 1, max = 80))]
    pub display_name: String,
    #[validate(email)]
    pub billing_email: String,
    #[validate(range(min = 1, max = 500))]
    pub seat_limit: u32,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/workspaces/{workspace_id}/settings", put(update_settings)).with_state(db)
}

async fn update_settings(
    State(db): State<PgPool>,
    _user: AuthUser,
    Path(workspace_id): Path<Uuid>,
    Json(settings): Json<WorkspaceSettings>, //~ unvalidated_body
) -> StatusCode {
    // Logged for now; the web client validates too.
    let _ = settings.validate();
    match sqlx::query("UPDATE workspaces SET display_name = $1, billing_email = $2, seat_limit = $3 WHERE id = $4")
        .bind(&settings.display_name)
        .bind(&settings.billing_email)
        .bind(settings.seat_limit as i32)
        .bind(workspace_id)
        .execute(&db)
        .await
    {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
