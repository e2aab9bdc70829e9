//! Signed links to the hosted invoice page (`/pay/{token}`) that we email to customers.

use chrono::{Duration, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};

#[derive(Debug, Serialize, Deserialize)]
pub struct ShareClaims {
    pub org_id: Uuid,
    pub invoice_id: Uuid,
    pub exp: i64,
}

static LINK_SIGNING_KEY: &[u8] = b"Zr8uQ2mX5vN1kT7bW4cY9hJ3pL6sD0fGaE2tR8yU"; // launchlint-demo: finding hardcoded_secret

pub fn sign(org_id: Uuid, invoice_id: Uuid) -> ApiResult<String> {
    let claims = ShareClaims { org_id, invoice_id, exp: (Utc::now() + Duration::days(60)).timestamp() };
    Ok(encode(&Header::new(Algorithm::HS256), &claims, &EncodingKey::from_secret(LINK_SIGNING_KEY))?)
}

pub fn verify(token: &str) -> ApiResult<ShareClaims> {
    decode::<ShareClaims>(token, &DecodingKey::from_secret(LINK_SIGNING_KEY), &Validation::new(Algorithm::HS256))
        .map(|data| data.claims)
        .map_err(|_| ApiError::NotFound)
}
