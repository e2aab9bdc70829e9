use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;

/// A helpdesk agent signed in through the gateway, which forwards the verified agent id.
pub struct SignedInAgent {
    pub id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedInAgent {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .headers
            .get("x-verified-agent-id")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .map(|id| SignedInAgent { id })
            .ok_or(StatusCode::UNAUTHORIZED)
    }
}
