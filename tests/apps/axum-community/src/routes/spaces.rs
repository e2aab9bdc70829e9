use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use uuid::Uuid;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::spaces::Space;
use crate::error::AppResult;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/workspaces/{workspace_id}/spaces", get(list_spaces))
}

async fn list_spaces(
    State(state): State<AppState>,
    user: AuthUser,
    Path(workspace_id): Path<Uuid>,
) -> AppResult<Json<Vec<Space>>> {
    require_member(&state, workspace_id, &user).await?;
    Ok(Json(db::spaces::list(&state.db, workspace_id).await?))
}
