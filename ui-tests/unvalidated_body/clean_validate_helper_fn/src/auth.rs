use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use uuid::Uuid;

pub struct Cook {
    pub id: Uuid,
}

impl<S: Send + Sync> FromRequestParts<S> for Cook {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Uuid>().map(|id| Cook { id: *id }).ok_or(StatusCode::UNAUTHORIZED)
    }
}
