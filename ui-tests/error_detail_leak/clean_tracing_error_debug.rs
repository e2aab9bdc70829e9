//! Notifications (axum): `Debug` of the error goes to the logs only.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

use crate::auth::AuthUser;
use crate::mailer::Mailer;

pub fn router(mailer: Mailer) -> Router {
    Router::new().route("/api/notifications/test-email", post(send_test_email)).with_state(mailer)
}

async fn send_test_email(State(mailer): State<Mailer>, user: AuthUser) -> Response {
    if let Err(e) = mailer.send(&user.email, "Test", "It works.").await {
        tracing::error!("sending the test email failed: {e:?}");
        eprintln!("smtp error: {e:#}");
        return StatusCode::BAD_GATEWAY.into_response();
    }
    StatusCode::NO_CONTENT.into_response()
}
