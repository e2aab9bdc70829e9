//! Field devices have unreliable clocks, so someone widened the leeway "for now".

use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct DeviceClaims {
    pub device_id: String,
    pub exp: u64,
}

pub fn verify_device_token(token: &str, key: &DecodingKey) -> Result<DeviceClaims, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::ES256);
    validation.leeway = 172_800; //~ jwt_validation_disabled
    decode::<DeviceClaims>(token, key, &validation).map(|d| d.claims)
}
