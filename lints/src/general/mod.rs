//! Lints about the run itself: files that cannot be analysed, suppressions that do nothing.

pub mod parse_error;
pub mod unused_suppression;
