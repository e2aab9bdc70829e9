use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use uuid::Uuid;

pub struct Editor {
    pub id: Uuid,
}

impl<S: Send + Sync> FromRequestParts<S> for Editor {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let id = token.parse().map_err(|_| StatusCode::UNAUTHORIZED)?;
        Ok(Editor { id })
    }
}
