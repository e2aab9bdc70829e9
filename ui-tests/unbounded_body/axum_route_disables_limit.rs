//! Member import accepts CSV bodies of any size.

use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn router() -> Router {
    Router::new().route(
        "/members/import",
        post(import_members).layer(DefaultBodyLimit::disable()), //~ unbounded_body
    )
}

async fn import_members(body: Bytes) -> StatusCode {
    if body.is_empty() {
        return StatusCode::BAD_REQUEST;
    }
    StatusCode::ACCEPTED
}
