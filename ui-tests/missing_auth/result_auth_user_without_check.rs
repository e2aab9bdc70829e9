//! Attachment downloads for the desktop client.

use axum::extract::{FromRequestParts, OptionalFromRequestParts, Path, State};
use axum::http::header::{self, AUTHORIZATION};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
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

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/attachments/{attachment_id}", get(download_attachment))
        .with_state(state)
}

async fn download_attachment( //~ missing_auth
    State(state): State<AppState>,
    user: Result<AuthUser, AuthError>,
    Path((workspace_id, attachment_id)): Path<(Uuid, Uuid)>,
) -> Result<Response, StatusCode> {
    let row: Option<(String, String, Vec<u8>)> = sqlx::query_as(
        "SELECT file_name, content_type, bytes FROM attachments WHERE workspace_id = $1 AND id = $2",
    )
    .bind(workspace_id)
    .bind(attachment_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (file_name, content_type, bytes) = row.ok_or(StatusCode::NOT_FOUND)?;

    // Download statistics: attribute the download when we know who it is.
    let downloaded_by = user.ok().map(|user| user.id);
    sqlx::query("INSERT INTO attachment_downloads (workspace_id, attachment_id, user_id) VALUES ($1, $2, $3)")
        .bind(workspace_id)
        .bind(attachment_id)
        .bind(downloaded_by)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;

    let disposition = format!("attachment; filename=\"{file_name}\"");
    Ok((
        [(header::CONTENT_TYPE, content_type), (header::CONTENT_DISPOSITION, disposition)],
        bytes,
    )
        .into_response())
}
