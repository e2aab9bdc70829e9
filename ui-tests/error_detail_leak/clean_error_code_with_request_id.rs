//! Checkout (axum): the 500 body carries an error code and a request id the support team can
//! look up, not the error.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::payments::PaymentClient;

pub fn router(payments: PaymentClient) -> Router {
    Router::new().route("/api/checkout", post(checkout)).with_state(payments)
}

async fn checkout(State(payments): State<PaymentClient>, user: AuthUser) -> Response {
    match payments.charge_cart(user.id).await {
        Ok(receipt) => (StatusCode::OK, Json(json!({ "receipt": receipt }))).into_response(),
        Err(err) => {
            let request_id = Uuid::new_v4();
            tracing::error!(error = ?err, %request_id, "checkout failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "error": "payment_failed", "request_id": request_id.to_string() })),
            )
                .into_response()
        }
    }
}
