#[derive(Debug, Clone)]
pub struct Config {
    pub bind_addr: String,
    pub database_url: String,
    pub db_max_connections: u32,
    pub jwt_secret: String,
    /// The partner sandbox (sandbox.billing.example.com) rather than production.
    pub sandbox: bool,
    /// Public base URL for hosted invoice links.
    pub public_base_url: String,
}

impl Config {
    pub fn from_env() -> Self {
        let env_or = |key: &str, default: &str| std::env::var(key).unwrap_or_else(|_| default.to_owned());
        Self {
            bind_addr: env_or("BIND_ADDR", "0.0.0.0:8080"),
            database_url: std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"),
            db_max_connections: env_or("DB_MAX_CONNECTIONS", "10").parse().unwrap_or(10),
            jwt_secret: std::env::var("JWT_SECRET").expect("JWT_SECRET must be set"), // launchlint-demo: safe hardcoded_secret
            sandbox: env_or("BILLING_ENV", "production") == "sandbox",
            public_base_url: env_or("PUBLIC_BASE_URL", "https://billing.example.com"),
        }
    }
}
