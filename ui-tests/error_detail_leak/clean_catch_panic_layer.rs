//! Panic handling (axum + tower-http): `CatchPanicLayer::new()` answers 500 "Service panicked"
//! and logs the payload; a custom handler that only logs is fine too.

use std::any::Any;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;

use crate::auth::AuthUser;

fn handle_panic(payload: Box<dyn Any + Send + 'static>) -> Response {
    let detail = payload.downcast_ref::<String>().cloned().unwrap_or_default();
    tracing::error!(%detail, "handler panicked");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal server error").into_response()
}

pub fn router() -> Router {
    Router::new()
        .route("/api/me", get(me))
        .layer(CatchPanicLayer::new())
        .route("/api/me/settings", get(settings).layer(CatchPanicLayer::custom(handle_panic)))
}

async fn me(user: AuthUser) -> String {
    user.email
}

async fn settings(user: AuthUser) -> String {
    user.locale
}
