use std::net::SocketAddr;

use anyhow::Context;

/// Runtime configuration, read once at startup from the environment.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind_addr: SocketAddr,
    pub database_url: String,
    /// Local development: relaxes CORS so the Vite dev server on any port can talk to us.
    pub dev_mode: bool,
    /// Origins of the web app that may call the API with cookies.
    pub allowed_origins: Vec<String>,
    pub session_ttl_hours: i64,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        let env_or = |key: &str, default: &str| std::env::var(key).unwrap_or_else(|_| default.to_owned());
        Ok(Self {
            bind_addr: env_or("BIND_ADDR", "0.0.0.0:8080").parse().context("BIND_ADDR")?,
            database_url: std::env::var("DATABASE_URL").context("DATABASE_URL must be set")?,
            dev_mode: env_or("APP_ENV", "production") == "development",
            allowed_origins: env_or("ALLOWED_ORIGINS", "https://app.example.com")
                .split(',')
                .map(|origin| origin.trim().to_owned())
                .filter(|origin| !origin.is_empty())
                .collect(),
            session_ttl_hours: env_or("SESSION_TTL_HOURS", "168").parse().context("SESSION_TTL_HOURS")?,
        })
    }
}
