//! Session check shared by every service that mounts the reporting API.

use std::collections::HashMap;

use axum::extract::{Path, Request};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum::Extension;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct CurrentUser {
    pub id: Uuid,
    pub workspace_id: Uuid,
}

/// A live session is required; on workspace routes, it must be a session of that workspace.
pub async fn require_session(
    Extension(pool): Extension<PgPool>,
    path: Option<Path<HashMap<String, String>>>,
    mut request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?
        .to_owned();
    let row: Option<(Uuid, Uuid)> = sqlx::query_as(
        "SELECT user_id, workspace_id FROM sessions WHERE token = $1 AND expires_at > now()",
    )
    .bind(&token)
    .fetch_optional(&pool)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let (id, workspace_id) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let requested = path.and_then(|Path(params)| params.get("workspace_id").and_then(|raw| raw.parse::<Uuid>().ok()));
    if requested.is_some_and(|requested| requested != workspace_id) {
        return Err(StatusCode::FORBIDDEN);
    }
    request.extensions_mut().insert(CurrentUser { id, workspace_id });
    Ok(next.run(request).await)
}
