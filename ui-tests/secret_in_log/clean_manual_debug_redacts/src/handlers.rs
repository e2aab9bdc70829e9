use axum::http::StatusCode;
use axum::Json;
use tracing::debug;

use crate::models::LoginRequest;

pub async fn login(Json(login_request): Json<LoginRequest>) -> StatusCode {
    debug!("login request: {:?}", login_request);
    StatusCode::NO_CONTENT
}
