//! A webhook handler that dumps every header while debugging signature failures.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};

pub async fn stripe_webhook(headers: HeaderMap, body: Bytes) -> StatusCode {
    if crate::stripe::verify(&headers, &body).is_err() {
        eprintln!("signature check failed, headers: {:?}", headers); //~ secret_in_log
        return StatusCode::BAD_REQUEST;
    }
    StatusCode::OK
}
