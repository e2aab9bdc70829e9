use std::collections::HashMap;

use jsonwebtoken::errors::{Error as JwtError, ErrorKind};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct IdTokenClaims {
    pub sub: String,
    pub email: String,
    pub exp: u64,
}

/// Public keys of the identity provider, indexed by key id.
pub struct KeySet {
    keys: HashMap<String, DecodingKey>,
}

impl KeySet {
    pub fn new(keys: HashMap<String, DecodingKey>) -> Self {
        Self { keys }
    }

    pub fn verify_id_token(&self, id_token: &str) -> Result<IdTokenClaims, JwtError> {
        let header = decode_header(id_token)?;
        let kid = header.kid.ok_or_else(|| JwtError::from(ErrorKind::InvalidToken))?;
        let key = self
            .keys
            .get(&kid)
            .ok_or_else(|| JwtError::from(ErrorKind::InvalidKeyFormat))?;

        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&["community-web"]);
        validation.set_issuer(&["https://id.example.com"]);

        decode::<IdTokenClaims>(id_token, key, &validation).map(|data| data.claims)
    }
}
