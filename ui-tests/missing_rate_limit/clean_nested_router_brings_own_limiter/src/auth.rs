use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use jsonwebtoken::{decode, Algorithm, Validation};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;

#[derive(Clone, Deserialize)]
pub struct AgentClaims {
    pub sub: Uuid,
    pub team_id: Uuid,
    pub exp: u64,
}

pub async fn require_agent(State(state): State<AppState>, mut request: Request, next: Next) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let claims = decode::<AgentClaims>(token, &state.decoding_key, &Validation::new(Algorithm::HS256))
        .map_err(|_| StatusCode::UNAUTHORIZED)?
        .claims;
    request.extensions_mut().insert(claims);
    Ok(next.run(request).await)
}
