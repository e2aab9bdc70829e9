use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct AccessClaims {
    pub sub: String,
    pub org_id: String,
    pub exp: u64,
}

pub struct AccessTokens {
    key: DecodingKey,
    validation: Validation,
}

impl AccessTokens {
    pub fn from_env() -> Self {
        let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");

        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&["billing-api"]);
        validation.set_issuer(&["https://auth.example.com"]);

        Self {
            key: DecodingKey::from_secret(secret.as_bytes()),
            validation,
        }
    }

    pub fn verify(&self, token: &str) -> Result<AccessClaims, JwtError> {
        decode::<AccessClaims>(token, &self.key, &self.validation).map(|data| data.claims)
    }
}
