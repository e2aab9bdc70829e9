//! Values named after tokens and passwords that are counts, flags and lengths.

use tracing::info;

pub fn report(token_count: usize, tokens_used: u64, csrf_token_valid: bool, password_policy: &str, token: Option<&str>, password: &str) {
    info!(token_count, tokens_used, csrf_token_valid, %password_policy, "usage");
    info!(has_token = token.is_some(), password_len = password.len(), "checked");
    info!("password strength: {}", crate::passwords::score(password));
}
