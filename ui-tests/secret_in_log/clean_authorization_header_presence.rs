//! Logging that a credential header is present, its scheme or its length, never its value;
//! other headers' values are fine.

use axum::http::header::{AUTHORIZATION, USER_AGENT};
use axum::http::HeaderMap;

pub fn trace_request(headers: &HeaderMap) {
    let has_auth = headers.get(AUTHORIZATION).is_some();
    let bearer = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("Bearer "));
    let auth_len = headers.get(AUTHORIZATION).map(|v| v.len()).unwrap_or(0);
    let agent = headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("-");
    tracing::debug!(has_auth, bearer, auth_len, agent, "incoming request");
}

pub fn trace_content_type(content_header: &axum::http::HeaderValue) {
    let content_type = content_header.to_str().unwrap_or("-");
    tracing::debug!("content type {:?}", content_type);
}
