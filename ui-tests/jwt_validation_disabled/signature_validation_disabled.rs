//! Reads the identity provider's ID token after the OAuth code exchange.

use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct IdTokenClaims {
    pub sub: String,
    pub email: String,
    pub exp: u64,
}

pub struct IdTokenReader {
    key: DecodingKey,
}

impl IdTokenReader {
    pub fn from_env() -> Self {
        let pem = std::env::var("IDP_PUBLIC_KEY_PEM").expect("IDP_PUBLIC_KEY_PEM must be set");
        let key = DecodingKey::from_rsa_pem(pem.as_bytes()).expect("IDP_PUBLIC_KEY_PEM must be a PEM public key");
        Self { key }
    }

    pub fn read(&self, id_token: &str) -> Result<IdTokenClaims, JwtError> {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&["storefront-web"]);
        validation.set_issuer(&["https://id.example.com"]);
        // the identity provider rotates its keys faster than we redeploy
        validation.insecure_disable_signature_validation(); //~ jwt_validation_disabled

        decode::<IdTokenClaims>(id_token, &self.key, &validation).map(|data| data.claims)
    }
}
