//! Signed invite links: `/invites/{token}/accept` carries a short-lived JWT naming the invite.

use chrono::{Duration, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::AppError;

// TODO(platform): remove once every environment sets INVITE_SIGNING_SECRET.
const FALLBACK_JWT_SECRET: &str = "h3Rk9VqLw2Zs7NbX4cTm8PyJ1fDg6uEa0oKi5WtQ"; // launchlint-demo: finding hardcoded_secret

#[derive(Debug, Serialize, Deserialize)]
pub struct InviteClaims {
    pub invite_id: Uuid,
    pub workspace_id: Uuid,
    pub exp: i64,
}

fn encoding_key() -> EncodingKey {
    match std::env::var("INVITE_SIGNING_SECRET") {
        Ok(secret) => EncodingKey::from_secret(secret.as_bytes()),
        Err(_) => EncodingKey::from_secret(FALLBACK_JWT_SECRET.as_bytes()),
    }
}

fn decoding_key() -> DecodingKey {
    match std::env::var("INVITE_SIGNING_SECRET") {
        Ok(secret) => DecodingKey::from_secret(secret.as_bytes()),
        Err(_) => DecodingKey::from_secret(FALLBACK_JWT_SECRET.as_bytes()),
    }
}

pub fn sign_invite(invite_id: Uuid, workspace_id: Uuid, valid_for: Duration) -> Result<String, AppError> {
    let claims = InviteClaims { invite_id, workspace_id, exp: (Utc::now() + valid_for).timestamp() };
    encode(&Header::new(Algorithm::HS256), &claims, &encoding_key())
        .map_err(|err| AppError::Internal(err.into()))
}

pub fn verify_invite(token: &str) -> Result<InviteClaims, AppError> {
    let validation = Validation::new(Algorithm::HS256);
    decode::<InviteClaims>(token, &decoding_key(), &validation)
        .map(|data| data.claims)
        .map_err(|_| AppError::NotFound)
}
