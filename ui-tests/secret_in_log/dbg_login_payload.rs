//! A `dbg!` left in the login handler.

use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct LoginPayload {
    pub username: String,
    pub password: String,
    pub remember_me: bool,
}

pub async fn login(Json(payload): Json<LoginPayload>) -> StatusCode {
    dbg!(&payload); //~ secret_in_log
    if payload.username.is_empty() {
        return StatusCode::BAD_REQUEST;
    }
    StatusCode::NO_CONTENT
}
