//! Webhooks out (axum): the error text is kept in a local for the log line; the body is fixed.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::delivery::Deliverer;

pub fn router(deliverer: Deliverer) -> Router {
    Router::new().route("/api/webhooks/{endpoint_id}/redeliver", post(redeliver)).with_state(deliverer)
}

async fn redeliver(
    State(deliverer): State<Deliverer>,
    _user: AuthUser,
    Path(endpoint_id): Path<Uuid>,
) -> (StatusCode, &'static str) {
    match deliverer.redeliver_last(endpoint_id).await {
        Ok(()) => (StatusCode::ACCEPTED, "queued"),
        Err(err) => {
            let reason = err.to_string();
            tracing::warn!(%endpoint_id, %reason, "redelivery failed");
            (StatusCode::SERVICE_UNAVAILABLE, "redelivery is unavailable, retry later")
        }
    }
}
