//! Cross-origin resource sharing lints.

pub mod cors_wildcard_credentials;
