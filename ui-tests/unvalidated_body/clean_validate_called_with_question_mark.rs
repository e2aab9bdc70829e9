//! Workspace settings (axum): validated first thing in the handler.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::put;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::auth::AuthUser;

#[derive(Deserialize, Validate)]
pub struct WorkspaceSettings {
    #[validate(length(min = 1, max = 80))]
    pub display_name: String,
    #[validate(email)]
    pub billing_email: String,
}

pub enum ApiError {
    Invalid(ValidationErrors),
    Database,
}

impl From<ValidationErrors> for ApiError {
    fn from(e: ValidationErrors) -> Self {
        ApiError::Invalid(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response(),
            ApiError::Database => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/workspaces/{workspace_id}/settings", put(update_settings)).with_state(db)
}

async fn update_settings(
    State(db): State<PgPool>,
    _user: AuthUser,
    Path(workspace_id): Path<Uuid>,
    Json(settings): Json<WorkspaceSettings>,
) -> Result<StatusCode, ApiError> {
    settings.validate()?;
    sqlx::query("UPDATE workspaces SET display_name = $1, billing_email = $2 WHERE id = $3")
        .bind(&settings.display_name)
        .bind(&settings.billing_email)
        .bind(workspace_id)
        .execute(&db)
        .await
        .map_err(|_| ApiError::Database)?;
    Ok(StatusCode::NO_CONTENT)
}
