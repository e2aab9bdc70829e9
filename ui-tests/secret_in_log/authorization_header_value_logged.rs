//! Bearer-token extractor that logs the raw `Authorization` header while rejecting it.

use axum::extract::FromRequestParts;
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use axum::http::StatusCode;

pub struct AuthUser {
    pub user_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let auth_header = parts.headers.get(AUTHORIZATION).ok_or(StatusCode::UNAUTHORIZED)?;
        let value = auth_header.to_str().map_err(|_| StatusCode::UNAUTHORIZED)?;
        if !value.starts_with("Token ") {
            tracing::debug!("Authorization header is using the wrong scheme: {:?}", auth_header); //~ secret_in_log
            return Err(StatusCode::UNAUTHORIZED);
        }
        let raw = parts.headers.get(COOKIE).and_then(|c| c.to_str().ok()).unwrap_or_default();
        log::info!("parsing {}", raw); //~ secret_in_log
        let jar_text = parts.headers.get("cookie").and_then(|c| c.to_str().ok()).unwrap_or_default();
        tracing::info!("parsed {}", jar_text); //~ secret_in_log
        Ok(AuthUser { user_id: value.len() as i64 })
    }
}

pub fn forward_upstream(session_token: &str, prefix: &str) {
    let token = prefix.to_string() + session_token;
    let token_matches = token == session_token;
    tracing::info!(token_matches, "forwarding");
    tracing::info!(%token, "forwarding"); //~ secret_in_log
}

pub fn from_authorization(auth_header: &axum::http::HeaderValue) -> Result<AuthUser, StatusCode> {
    let auth_header = auth_header.to_str().map_err(|_| StatusCode::UNAUTHORIZED)?;
    if !auth_header.starts_with("Token ") {
        log::debug!("Authorization header is using the wrong scheme: {:?}", auth_header); //~ secret_in_log
        return Err(StatusCode::UNAUTHORIZED);
    }
    let scheme_ok = auth_header.starts_with("Token ");
    log::debug!("scheme ok: {}", scheme_ok);
    Ok(AuthUser { user_id: auth_header.len() as i64 })
}
