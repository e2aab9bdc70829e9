use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use uuid::Uuid;

pub struct SessionUser {
    pub id: Uuid,
    pub workspace_id: Uuid,
}

impl<S: Send + Sync> FromRequestParts<S> for SessionUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<(Uuid, Uuid)>().map(|(id, workspace_id)| SessionUser { id: *id, workspace_id: *workspace_id }).ok_or(StatusCode::UNAUTHORIZED)
    }
}
