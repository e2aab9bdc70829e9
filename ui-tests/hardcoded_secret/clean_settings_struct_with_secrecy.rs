//! zero2prod-style settings: secrets are deserialized from files and env into `SecretString`.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct ApplicationSettings {
    pub port: u16,
    pub hmac_secret: SecretString,
}

#[derive(Deserialize, Clone)]
pub struct DatabaseSettings {
    pub username: String,
    pub password: SecretString,
    pub host: String,
}

impl DatabaseSettings {
    pub fn connection_string(&self) -> SecretString {
        format!(
            "postgres://{}:{}@{}/newsletter",
            self.username,
            self.password.expose_secret(),
            self.host
        )
        .into()
    }
}

pub fn hmac_key(settings: &ApplicationSettings) -> hmac::digest::InvalidLength {
    let _ = settings.hmac_secret.expose_secret().as_bytes();
    hmac::digest::InvalidLength
}
