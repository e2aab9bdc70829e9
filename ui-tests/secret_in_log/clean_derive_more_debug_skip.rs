//! `derive_more::Debug` with the password field skipped.

use derive_more::Debug;

#[derive(Debug)]
pub struct SmtpSettings {
    pub host: String,
    pub username: String,
    #[debug(skip)]
    pub password: String,
}

pub fn log_smtp(settings: &SmtpSettings) {
    tracing::info!(?settings, "smtp configured");
}
