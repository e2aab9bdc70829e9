//! Issues session tokens for the axum API.

use chrono::{Duration, Utc};
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Serialize)]
struct Claims {
    sub: Uuid,
    exp: i64,
}

pub fn issue_session_token(user_id: Uuid) -> Result<String, jsonwebtoken::errors::Error> {
    let claims = Claims {
        sub: user_id,
        exp: (Utc::now() + Duration::hours(12)).timestamp(),
    };
    encode(
        &Header::default(),
        &claims,
        &EncodingKey::from_secret(b"community-dev-signing-secret"), //~ hardcoded_secret
    )
}
