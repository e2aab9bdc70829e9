//! Secrets held in `secrecy` types print `[REDACTED]` through Debug.

use secrecy::{Secret, SecretString};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct DatabaseSettings {
    pub host: String,
    pub username: String,
    pub password: SecretString,
}

#[derive(Debug)]
pub struct StripeSettings {
    pub api_key: Secret<String>,
}

pub fn log_settings(db: &DatabaseSettings, stripe: &StripeSettings, password: SecretString) {
    tracing::info!(?db, "database settings");
    tracing::info!(?stripe, "stripe settings");
    tracing::debug!(?password, "received");
    tracing::debug!(password = ?db.password, "configured");
}
