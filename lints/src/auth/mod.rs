//! Authentication lints.

pub mod jwt_validation_disabled;
