use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use uuid::Uuid;

use crate::error::ApiError;
use crate::AppState;

pub struct User {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub can_send_invoices: bool,
}

/// The user behind the request's bearer token.
pub async fn require_user(state: &AppState, headers: &HeaderMap) -> Result<User, ApiError> {
    let Some(token) = headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
    else {
        return Err(ApiError::Unauthorized);
    };
    let row: Option<(Uuid, Uuid, bool)> = sqlx::query_as(
        "SELECT s.user_id, m.workspace_id, m.role IN ('owner', 'billing') FROM sessions s \
         JOIN memberships m ON m.user_id = s.user_id AND m.workspace_id = s.workspace_id \
         WHERE s.token = $1 AND s.expires_at > now()",
    )
    .bind(token)
    .fetch_optional(&state.db)
    .await?;
    match row {
        Some((id, workspace_id, can_send_invoices)) => Ok(User { id, workspace_id, can_send_invoices }),
        None => Err(ApiError::Unauthorized),
    }
}
