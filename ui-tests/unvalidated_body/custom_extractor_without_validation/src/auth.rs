use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use uuid::Uuid;

pub struct Member {
    pub user_id: Uuid,
}

impl<S: Send + Sync> FromRequestParts<S> for Member {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let user_id = parts.extensions.get::<Uuid>().copied().ok_or(StatusCode::UNAUTHORIZED)?;
        Ok(Member { user_id })
    }
}
