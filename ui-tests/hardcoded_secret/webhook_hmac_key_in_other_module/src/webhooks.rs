use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::config;

type HmacSha256 = Hmac<Sha256>;

pub async fn receive(headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(signature) = headers.get("x-partner-signature").and_then(|v| v.to_str().ok()) else {
        return StatusCode::UNAUTHORIZED;
    };
    let Ok(expected) = hex::decode(signature) else {
        return StatusCode::UNAUTHORIZED;
    };
    let mut mac = HmacSha256::new_from_slice(config::PARTNER_HANDSHAKE).expect("any key length");
    mac.update(&body);
    if mac.verify_slice(&expected).is_err() {
        return StatusCode::UNAUTHORIZED;
    }
    StatusCode::NO_CONTENT
}
