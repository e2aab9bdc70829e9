use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct SessionClaims {
    pub sub: String,
    pub tenant: String,
    pub exp: usize,
}

pub fn verify_session_token(token: &str, secret: &[u8]) -> Result<SessionClaims, jsonwebtoken::errors::Error> {
    let validation = Validation {
        algorithms: vec![Algorithm::HS256],
        validate_exp: false, //~ jwt_validation_disabled
        ..Validation::default()
    };

    decode::<SessionClaims>(token, &DecodingKey::from_secret(secret), &validation).map(|data| data.claims)
}
