//! API key rotation, logged with the `log` crate.

use log::info;

pub fn rotate_key(org_id: i64) -> String {
    let api_key = crate::keys::generate();
    info!("rotated key for org {}: {}", org_id, api_key); //~ secret_in_log
    api_key
}
