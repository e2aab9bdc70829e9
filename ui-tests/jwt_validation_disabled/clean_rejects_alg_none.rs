//! Unsigned service tokens are rejected before verification.

use hmac::Hmac;
use jwt::{AlgorithmType, Header, Token, Unverified, VerifyWithKey};
use serde::Deserialize;
use sha2::Sha256;

#[derive(Debug, Clone, Deserialize)]
pub struct ServiceClaims {
    pub service: String,
}

#[derive(Debug)]
pub enum TokenError {
    Unsigned,
    Invalid(jwt::Error),
}

pub fn verify(raw: &str, key: &Hmac<Sha256>) -> Result<ServiceClaims, TokenError> {
    let token: Token<Header, ServiceClaims, Unverified<'_>> = Token::parse_unverified(raw).map_err(TokenError::Invalid)?;
    if token.header().algorithm == AlgorithmType::None {
        return Err(TokenError::Unsigned);
    }
    let verified: Token<Header, ServiceClaims, _> = token.verify_with_key(key).map_err(TokenError::Invalid)?;
    Ok(verified.claims().clone())
}
