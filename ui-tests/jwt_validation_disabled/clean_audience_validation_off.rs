use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct SessionClaims {
    pub sub: String,
    pub exp: u64,
}

/// First-party session tokens: we mint them ourselves and they carry no `aud`.
pub fn verify_session(token: &str, key: &DecodingKey) -> Result<SessionClaims, JwtError> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.validate_aud = false;
    validation.set_issuer(&["https://community.example.com"]);

    decode::<SessionClaims>(token, key, &validation).map(|data| data.claims)
}
