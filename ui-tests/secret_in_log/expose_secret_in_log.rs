//! The key is kept in `secrecy`, then unwrapped straight into a log line.

use secrecy::{ExposeSecret, SecretString};

pub struct PaymentsConfig {
    pub api_key: SecretString,
    pub endpoint: String,
}

pub fn log_config(cfg: &PaymentsConfig) {
    tracing::info!(endpoint = %cfg.endpoint, key = %cfg.api_key.expose_secret(), "payments configured"); //~ secret_in_log
}
