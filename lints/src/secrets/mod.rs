//! Secrets: committed keys and passwords, and secrets written to logs.

pub mod hardcoded_secret;
pub mod secret_in_log;
