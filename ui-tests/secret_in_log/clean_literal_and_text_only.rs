//! Log lines that only mention secrets in their text.

use tracing::{info, warn};

pub fn password_changed(user_id: i64) {
    info!(user_id, password = "[redacted]", "password updated");
    warn!("token expired for user {}", user_id);
    info!("api key rotated");
}
