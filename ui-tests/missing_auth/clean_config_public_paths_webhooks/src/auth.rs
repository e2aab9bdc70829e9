use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use uuid::Uuid;

use crate::AppState;

#[derive(Clone, Copy)]
pub struct Member {
    pub workspace_id: Uuid,
}

pub async fn require_member(
    State(state): State<AppState>,
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
    let row: Option<(Uuid,)> =
        sqlx::query_as("SELECT workspace_id FROM sessions WHERE token = $1 AND expires_at > now()")
            .bind(&token)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let (workspace_id,) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    request.extensions_mut().insert(Member { workspace_id });
    Ok(next.run(request).await)
}
