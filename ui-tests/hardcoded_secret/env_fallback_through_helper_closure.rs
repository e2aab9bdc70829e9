//! Configuration read once at startup; `env_or` gives every setting a default.

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind_addr: String,
    pub session_secret: String,
    pub smtp_password: String,
}

impl Settings {
    pub fn from_env() -> Self {
        let env_or = |key: &str, default: &str| std::env::var(key).unwrap_or_else(|_| default.to_owned());
        Self {
            bind_addr: env_or("BIND_ADDR", "0.0.0.0:8080"),
            session_secret: env_or("SESSION_SECRET", "local-session-secret-do-not-use"), //~ hardcoded_secret
            smtp_password: env_or("SMTP_PASSWORD", "changeme"),
        }
    }
}
