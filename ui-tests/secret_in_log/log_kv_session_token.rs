//! Key-value logging with the `log` crate's `key = value;` form.

pub fn session_started(user_id: i64, session_token: &str) {
    log::info!(user_id = user_id, token = session_token; "session started"); //~ secret_in_log
}
