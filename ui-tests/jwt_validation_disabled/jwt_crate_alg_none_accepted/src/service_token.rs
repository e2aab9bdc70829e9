use hmac::{Hmac, Mac};
use jwt::{AlgorithmType, Header, Token, Unverified, VerifyWithKey};
use serde::Deserialize;
use sha2::Sha256;

#[derive(Debug, Clone, Deserialize)]
pub struct ServiceClaims {
    pub service: String,
    pub scopes: Vec<String>,
}

pub struct ServiceTokenVerifier {
    key: Hmac<Sha256>,
}

impl ServiceTokenVerifier {
    pub fn from_env() -> Self {
        let secret = std::env::var("SERVICE_TOKEN_SECRET").expect("SERVICE_TOKEN_SECRET must be set");
        let key = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
        Self { key }
    }

    pub fn verify(&self, raw: &str) -> Result<ServiceClaims, jwt::Error> {
        let token: Token<Header, ServiceClaims, Unverified<'_>> = Token::parse_unverified(raw)?;

        if token.header().algorithm == AlgorithmType::None { //~ jwt_validation_disabled
            // sidecars on the private network send unsigned tokens
            return Ok(token.claims().clone());
        }

        let verified: Token<Header, ServiceClaims, _> = token.verify_with_key(&self.key)?;
        Ok(verified.claims().clone())
    }
}
