//! Formatting a token into a header or an error is not logging it.

use std::fmt::Write;

pub fn auth_header(token: &str) -> String {
    format!("Bearer {token}")
}

pub fn basic(user: &str, password: &str) -> String {
    let mut s = String::new();
    let _ = write!(s, "{user}:{password}");
    s
}

pub fn missing(api_key: Option<&str>) -> anyhow::Result<&str> {
    api_key.ok_or_else(|| anyhow::anyhow!("api_key is not configured"))
}
