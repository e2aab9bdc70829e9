pub mod admin;
pub mod auth;
pub mod comments;
pub mod feed;
pub mod health;
pub mod invites;
pub mod members;
pub mod posts;
pub mod preferences;
pub mod spaces;
pub mod workspaces;

use uuid::Uuid;

use crate::auth::AuthUser;
use crate::db;
use crate::db::members::Role;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The caller's role in the workspace, or 403 if they are not a member.
pub(crate) async fn require_member(state: &AppState, workspace_id: Uuid, user: &AuthUser) -> AppResult<Role> {
    db::members::role_of(&state.db, workspace_id, user.id)
        .await?
        .ok_or(AppError::Forbidden)
}

pub(crate) async fn require_admin(state: &AppState, workspace_id: Uuid, user: &AuthUser) -> AppResult<Role> {
    let role = require_member(state, workspace_id, user).await?;
    if role < Role::Admin {
        return Err(AppError::Forbidden);
    }
    Ok(role)
}
