use std::collections::HashMap;

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use uuid::Uuid;

use crate::state::AppState;

fn bearer_token(request: &Request) -> Option<String> {
    let value = request.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(str::to_owned)
}

/// The caller must hold a live session and belong to the workspace named in the path.
pub async fn require_member(
    State(state): State<AppState>,
    Path(params): Path<HashMap<String, String>>,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = bearer_token(&request).ok_or(StatusCode::UNAUTHORIZED)?;
    let workspace_id: Uuid = params
        .get("workspace_id")
        .and_then(|raw| raw.parse().ok())
        .ok_or(StatusCode::BAD_REQUEST)?;
    let membership: Option<(Uuid,)> = sqlx::query_as(
        "SELECT m.user_id FROM sessions s JOIN memberships m ON m.user_id = s.user_id \
         WHERE s.token = $1 AND s.expires_at > now() AND m.workspace_id = $2",
    )
    .bind(&token)
    .bind(workspace_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    if membership.is_none() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    Ok(next.run(request).await)
}
