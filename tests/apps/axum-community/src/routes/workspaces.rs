use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use validator::Validate;

use crate::auth::AuthUser;
use crate::db;
use crate::db::workspaces::Workspace;
use crate::error::{AppError, AppResult};
use crate::extract::ValidatedJson;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces", get(list_workspaces).post(create_workspace))
}

async fn list_workspaces(State(state): State<AppState>, user: AuthUser) -> AppResult<Json<Vec<Workspace>>> {
    Ok(Json(db::workspaces::list_for_user(&state.db, user.id).await?))
}

#[derive(Debug, Deserialize, Validate)]
pub struct CreateWorkspace {
    #[validate(length(min = 1, max = 80))]
    pub name: String,
    #[validate(length(min = 3, max = 40))]
    pub slug: String,
}

async fn create_workspace(
    State(state): State<AppState>,
    user: AuthUser,
    ValidatedJson(input): ValidatedJson<CreateWorkspace>,
) -> AppResult<(StatusCode, Json<Workspace>)> {
    let slug = input.slug.to_lowercase();
    if !slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::BadRequest("slug may only contain letters, digits and dashes"));
    }
    let workspace = db::workspaces::create(&state.db, user.id, &slug, input.name.trim())
        .await
        .map_err(|err| {
            if db::is_unique_violation(&err) {
                AppError::Conflict("slug is taken")
            } else {
                err.into()
            }
        })?;
    tracing::info!(workspace_id = %workspace.id, owner = %user.id, "workspace created");
    Ok((StatusCode::CREATED, Json(workspace)))
}
