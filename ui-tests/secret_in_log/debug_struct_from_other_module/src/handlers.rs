use axum::http::StatusCode;
use axum::Json;
use tracing::debug;

use crate::models::LoginRequest;

pub async fn login(Json(login_request): Json<LoginRequest>) -> StatusCode {
    debug!("login request: {:?}", login_request); //~ secret_in_log
    if login_request.email.is_empty() {
        return StatusCode::BAD_REQUEST;
    }
    StatusCode::NO_CONTENT
}
