//! Password reset emails are traced with the reset token inlined.

use tracing::warn;

pub async fn send_reset(email: &str, reset_token: &str) -> Result<(), crate::mail::Error> {
    warn!("sending password reset to {email} with token {reset_token}"); //~ secret_in_log
    crate::mail::send_reset(email, reset_token).await
}
