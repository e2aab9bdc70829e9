//! Workspace activity feed.

use axum::extract::{FromRequestParts, OptionalFromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Debug)]
pub enum AuthError {
    MissingToken,
    InvalidToken,
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let message = match self {
            AuthError::MissingToken => "missing bearer token",
            AuthError::InvalidToken => "invalid or expired token",
        };
        (StatusCode::UNAUTHORIZED, message).into_response()
    }
}

#[derive(Clone, Copy)]
pub struct AuthUser {
    pub id: Uuid,
    pub workspace_id: Uuid,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(AuthError::MissingToken)?;
        let row: Option<(Uuid, Uuid)> = sqlx::query_as(
            "SELECT user_id, workspace_id FROM sessions WHERE token = $1 AND expires_at > now()",
        )
        .bind(token)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| AuthError::InvalidToken)?;
        let (id, workspace_id) = row.ok_or(AuthError::InvalidToken)?;
        Ok(AuthUser { id, workspace_id })
    }
}

impl OptionalFromRequestParts<AppState> for AuthUser {
    type Rejection = AuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        if !parts.headers.contains_key(AUTHORIZATION) {
            return Ok(None);
        }
        <AuthUser as FromRequestParts<AppState>>::from_request_parts(parts, state)
            .await
            .map(Some)
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct ActivityEntry {
    id: Uuid,
    actor_name: String,
    summary: String,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/activity", get(activity_feed))
        .route("/workspaces/{workspace_id}/activity/read", post(mark_all_read))
        .with_state(state)
}

/// Shows the feed, and marks it read for the viewer when there is one.
async fn activity_feed( //~ missing_auth
    State(state): State<AppState>,
    viewer: Option<AuthUser>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<ActivityEntry>>, StatusCode> {
    let entries: Vec<ActivityEntry> = sqlx::query_as(
        "SELECT a.id, u.name AS actor_name, a.summary FROM activity a JOIN users u ON u.id = a.actor_id \
         WHERE a.workspace_id = $1 ORDER BY a.created_at DESC LIMIT 50",
    )
    .bind(workspace_id)
    .fetch_all(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if let Some(viewer) = viewer {
        sqlx::query("UPDATE activity_cursors SET seen_at = now() WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(viewer.id)
            .execute(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    }
    Ok(Json(entries))
}

async fn mark_all_read(State(state): State<AppState>, user: AuthUser) -> StatusCode {
    match sqlx::query("UPDATE activity_cursors SET seen_at = now() WHERE workspace_id = $1 AND user_id = $2")
        .bind(user.workspace_id)
        .bind(user.id)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
