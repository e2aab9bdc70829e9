use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;
use validator::Validate;

use super::require_admin;
use crate::auth::AuthUser;
use crate::db;
use crate::db::invites::Invite;
use crate::db::members::Role;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::tokens;

const INVITE_TTL_DAYS: i64 = 7;

pub fn router() -> Router<AppState> {
    // Invites send email: at most a burst of 5, then one every 6 seconds per client.
    let invite_limits = GovernorConfigBuilder::default()
        .per_second(6)
        .burst_size(5)
        .finish()
        .expect("invite rate limit config is valid");

    Router::new()
        .route("/workspaces/{workspace_id}/invites", post(create_invite)) // launchlint-demo: safe missing_rate_limit
        .route("/invites/{token}/accept", post(accept_invite))
        .layer(GovernorLayer::new(invite_limits))
}

#[derive(Debug, Deserialize, Validate)]
pub struct CreateInvite {
    #[validate(email)]
    pub email: String,
    pub role: Role,
}

#[derive(Debug, Serialize)]
pub struct CreatedInvite {
    pub invite: Invite,
    pub accept_path: String,
}

async fn create_invite(
    State(state): State<AppState>,
    user: AuthUser,
    Path(workspace_id): Path<Uuid>,
    Json(input): Json<CreateInvite>,
) -> AppResult<(StatusCode, Json<CreatedInvite>)> {
    input.validate()?;
    let inviter_role = require_admin(&state, workspace_id, &user).await?;
    if input.role >= inviter_role || input.role == Role::Owner {
        return Err(AppError::Forbidden);
    }

    let expires_at = Utc::now() + Duration::days(INVITE_TTL_DAYS);
    let invite = db::invites::create(
        &state.db,
        workspace_id,
        &input.email.to_lowercase(),
        input.role.as_str(),
        user.id,
        expires_at,
    )
    .await
    .map_err(|err| {
        if db::is_unique_violation(&err) {
            AppError::Conflict("that address already has a pending invite")
        } else {
            err.into()
        }
    })?;

    let signed = tokens::sign_invite(invite.id, workspace_id, Duration::days(INVITE_TTL_DAYS))?;
    tracing::info!(invite_id = %invite.id, %workspace_id, "invite created");
    Ok((
        StatusCode::CREATED,
        Json(CreatedInvite {
            invite,
            accept_path: format!("/invites/{signed}/accept"),
        }),
    ))
}

async fn accept_invite(
    State(state): State<AppState>,
    user: AuthUser,
    Path(token): Path<String>,
) -> AppResult<StatusCode> {
    let claims = tokens::verify_invite(&token)?;
    let invite = db::invites::find(&state.db, claims.workspace_id, claims.invite_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if invite.accepted_at.is_some() || invite.expires_at < Utc::now() {
        return Err(AppError::NotFound);
    }
    if !invite.email.eq_ignore_ascii_case(&user.email) {
        return Err(AppError::Forbidden);
    }
    let role = Role::parse(&invite.role).unwrap_or(Role::Member);
    db::members::add(&state.db, invite.workspace_id, user.id, role).await?;
    db::invites::mark_accepted(&state.db, invite.workspace_id, invite.id).await?;
    Ok(StatusCode::NO_CONTENT)
}
