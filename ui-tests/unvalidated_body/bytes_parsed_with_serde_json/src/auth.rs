use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use uuid::Uuid;

/// An API client of the catalog, identified by its key.
pub struct ApiClient {
    pub id: Uuid,
}

impl<S: Send + Sync> FromRequestParts<S> for ApiClient {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let key = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Key "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let id = key.parse().map_err(|_| StatusCode::UNAUTHORIZED)?;
        Ok(ApiClient { id })
    }
}
