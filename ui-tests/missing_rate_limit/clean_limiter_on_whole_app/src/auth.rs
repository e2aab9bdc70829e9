use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use uuid::Uuid;

use crate::AppState;

pub struct Member {
    pub user_id: Uuid,
}

impl FromRequestParts<AppState> for Member {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let row: Option<(Uuid,)> = sqlx::query_as("SELECT user_id FROM sessions WHERE token = $1 AND expires_at > now()")
            .bind(token)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
        let (user_id,) = row.ok_or(StatusCode::UNAUTHORIZED)?;
        Ok(Member { user_id })
    }
}
