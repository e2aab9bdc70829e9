//! Startup checks for the HTTP settings loaded from `config/*.toml`.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct CorsSettings {
    pub allowed_origins: Vec<String>,
    pub allow_credentials: bool,
}

#[derive(Debug, Deserialize)]
pub struct HttpSettings {
    pub bind_addr: String,
    pub cors: CorsSettings,
}

#[derive(Debug)]
pub enum SettingsError {
    WildcardWithCredentials,
    EmptyOriginList,
}

pub fn check_http_settings(settings: &HttpSettings) -> Result<(), SettingsError> {
    let cors = &settings.cors;

    if cors.allowed_origins.is_empty() {
        return Err(SettingsError::EmptyOriginList);
    }
    if cors.allow_credentials && cors.allowed_origins.iter().any(|origin| origin == "*") {
        return Err(SettingsError::WildcardWithCredentials);
    }

    Ok(())
}
