//! Outgoing partner calls log the header they send.

use tracing::warn;

pub fn call_partner(value: &str, status: u16) {
    if status >= 400 {
        warn!("partner call failed with {}, Authorization: {}", status, value); //~ secret_in_log
    }
}
