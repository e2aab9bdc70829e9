//! Constants whose names mention secrets but whose values are names, ids and lengths.

pub const API_KEY_HEADER: &str = "x-api-key";
pub const TOKEN_PREFIX: &str = "Bearer ";
pub const SESSION_COOKIE_NAME: &str = "__Host-session";
pub const PASSWORD_MIN_LENGTH: usize = 12;
pub const JWT_SECRET_ENV: &str = "JWT_SECRET";
pub const SECRET_NAME: &str = "prod/billing/stripe";
pub const DEFAULT_TENANT_ID: &str = "550e8400-e29b-41d4-a716-446655440000";
pub const BRAND_COLOUR: &str = "#1a2b3c";
pub const PASSWORD_POLICY: &str = "at least 12 characters, one digit";
pub const ASSET_MANIFEST_DIGEST: &str = "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d";

pub fn reset_token_ttl_minutes() -> i64 {
    let token_ttl = 30;
    token_ttl
}
