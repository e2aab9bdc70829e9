//! Reads the JWT secret from the environment, with a "convenient" default for local runs.

use jsonwebtoken::{DecodingKey, EncodingKey};

pub struct JwtKeys {
    pub encoding: EncodingKey,
    pub decoding: DecodingKey,
}

impl JwtKeys {
    pub fn from_env() -> Self {
        let secret = std::env::var("JWT_SECRET").unwrap_or_else(|_| "dev-secret".into()); //~ hardcoded_secret
        Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
        }
    }
}
