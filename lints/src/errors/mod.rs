//! Error handling lints.

pub mod error_detail_leak;
