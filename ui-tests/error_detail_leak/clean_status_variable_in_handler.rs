//! Payments (axum): the provider's error is mapped to a status and a message chosen by the app.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

use crate::auth::AuthUser;
use crate::payments::{PaymentClient, PaymentError};

pub fn router(payments: PaymentClient) -> Router {
    Router::new().route("/api/payment-methods/default/verify", post(verify)).with_state(payments)
}

async fn verify(State(payments): State<PaymentClient>, user: AuthUser) -> (StatusCode, &'static str) {
    match payments.verify_default_method(user.id).await {
        Ok(()) => (StatusCode::NO_CONTENT, ""),
        Err(err) => {
            let (status, message) = match err {
                PaymentError::CardDeclined => (StatusCode::PAYMENT_REQUIRED, "the card was declined"),
                PaymentError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "payments are unavailable"),
            };
            (status, message)
        }
    }
}
