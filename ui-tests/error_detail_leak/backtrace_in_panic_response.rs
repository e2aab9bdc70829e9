//! Panic handling (axum + tower-http `CatchPanicLayer::custom`): the handler puts a backtrace
//! into the 500 body.

use std::any::Any;
use std::backtrace::Backtrace;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;

use crate::auth::AuthUser;

fn handle_panic(_payload: Box<dyn Any + Send + 'static>) -> Response {
    let details = format!("internal error\n{}", Backtrace::force_capture()); //~ error_detail_leak
    (StatusCode::INTERNAL_SERVER_ERROR, details).into_response()
}

pub fn router() -> Router {
    Router::new().route("/api/me", get(me)).layer(CatchPanicLayer::custom(handle_panic))
}

async fn me(user: AuthUser) -> String {
    user.email
}
