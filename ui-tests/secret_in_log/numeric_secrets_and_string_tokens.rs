//! Numbers can still be secrets (a one-time code, a PIN), and a token with a string
//! type is a credential.

pub struct Token(pub String);

pub fn verify_login(user_id: i64, otp_code: u32, pin: u16) {
    tracing::info!(user_id, otp_code, "verifying second factor"); //~ secret_in_log
    tracing::debug!("pin={}", pin); //~ secret_in_log
}

pub fn forward(token: Token, refresh_token: String) {
    tracing::debug!(token = %token.0, "forwarding"); //~ secret_in_log
    tracing::debug!(%refresh_token, "forwarding"); //~ secret_in_log
}
