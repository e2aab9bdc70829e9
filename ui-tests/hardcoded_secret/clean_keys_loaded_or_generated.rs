//! Keys come from configuration wrapped in `secrecy`, files outside the repo, or are generated.

use actix_web::cookie::Key;
use jsonwebtoken::{DecodingKey, EncodingKey};
use secrecy::{ExposeSecret, SecretString};

pub struct Settings {
    pub hmac_secret: SecretString,
}

pub fn cookie_key(settings: &Settings) -> Key {
    Key::from(settings.hmac_secret.expose_secret().as_bytes())
}

pub fn ephemeral_cookie_key() -> Key {
    Key::generate()
}

pub fn jwt_keys(private_pem: &[u8], public_pem: &[u8]) -> jsonwebtoken::errors::Result<(EncodingKey, DecodingKey)> {
    Ok((EncodingKey::from_rsa_pem(private_pem)?, DecodingKey::from_rsa_pem(public_pem)?))
}

pub fn verification_key() -> jsonwebtoken::errors::Result<DecodingKey> {
    DecodingKey::from_rsa_pem(include_bytes!("../keys/jwt_public.pem"))
}
