//! Secrets come from the environment and the service refuses to start without them.

use jsonwebtoken::{DecodingKey, EncodingKey};

pub struct Secrets {
    pub jwt_encoding: EncodingKey,
    pub jwt_decoding: DecodingKey,
    pub stripe_secret_key: String,
    pub database_url: String,
}

impl Secrets {
    pub fn from_env() -> Self {
        let jwt_secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
        Self {
            jwt_encoding: EncodingKey::from_secret(jwt_secret.as_bytes()),
            jwt_decoding: DecodingKey::from_secret(jwt_secret.as_bytes()),
            stripe_secret_key: std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY must be set"),
            database_url: std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"),
        }
    }
}
