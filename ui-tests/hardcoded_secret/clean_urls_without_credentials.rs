//! Endpoints and connection strings that carry no secret.

pub const STRIPE_API_BASE: &str = "https://api.stripe.com/v1";
pub const OAUTH_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";

pub fn database_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres:postgres@localhost:5432/billing_dev".into())
}

pub fn redis_url() -> String {
    std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/0".into())
}

pub fn replica_url(password: &str) -> String {
    format!("postgres://reporting:{password}@replica.db.internal:5432/billing")
}

pub fn templated_url() -> &'static str {
    "postgres://app:${DB_PASSWORD}@db.internal/app"
}
