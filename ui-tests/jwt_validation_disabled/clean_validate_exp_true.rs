use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct RefreshClaims {
    pub sub: String,
    pub family: String,
    pub exp: u64,
    pub nbf: u64,
}

pub fn refresh_token_validation() -> Validation {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["refresh"]);
    validation.set_required_spec_claims(&["exp", "nbf", "aud"]);
    validation.validate_exp = true;
    validation.validate_nbf = true;
    validation
}

pub fn verify_refresh_token(token: &str, key: &DecodingKey) -> Result<RefreshClaims, JwtError> {
    decode::<RefreshClaims>(token, key, &refresh_token_validation()).map(|data| data.claims)
}
