//! Token verification after the migration to a proper `Validation`: the old exception stayed.

use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
}

#[launchlint::allow(jwt_validation_disabled, reason = "legacy mobile tokens had no exp")] //~ unused_suppression
pub fn verify(token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    let validation = Validation::new(Algorithm::HS256);
    decode::<Claims>(token, &DecodingKey::from_secret(secret.as_bytes()), &validation).map(|d| d.claims)
}
