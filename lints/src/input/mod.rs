//! Request input lints.

pub mod unvalidated_body;
