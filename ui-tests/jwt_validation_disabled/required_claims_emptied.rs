use std::collections::HashSet;

use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct DeviceClaims {
    pub device_id: String,
    pub account_id: String,
    pub exp: Option<u64>,
}

pub fn device_token_validation() -> Validation {
    let mut validation = Validation::new(Algorithm::HS512);
    validation.set_audience(&["device-gateway"]);
    // firmware before 3.2 mints tokens without `exp`
    validation.required_spec_claims = HashSet::new(); //~ jwt_validation_disabled
    validation
}

pub fn verify_device_token(token: &str) -> Result<DeviceClaims, JwtError> {
    let secret = std::env::var("DEVICE_JWT_SECRET").expect("DEVICE_JWT_SECRET must be set");
    let key = DecodingKey::from_secret(secret.as_bytes());
    decode::<DeviceClaims>(token, &key, &device_token_validation()).map(|data| data.claims)
}
