//! Environment settings with defaults: none of them is a secret.

#[derive(Debug, Clone)]
pub struct Config {
    pub bind_addr: String,
    pub log_level: String,
    pub app_env: String,
    pub public_base_url: String,
    pub session_ttl_hours: i64,
}

impl Config {
    pub fn from_env() -> Self {
        let env_or = |key: &str, default: &str| std::env::var(key).unwrap_or_else(|_| default.to_owned());
        Self {
            bind_addr: env_or("BIND_ADDR", "0.0.0.0:8080"),
            log_level: std::env::var("RUST_LOG").unwrap_or("info".to_string()),
            app_env: env_or("APP_ENV", "production"),
            public_base_url: env_or("PUBLIC_BASE_URL", "https://billing.example.com"),
            session_ttl_hours: env_or("SESSION_TTL_HOURS", "168").parse().unwrap_or(168),
        }
    }
}
