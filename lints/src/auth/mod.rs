//! Authentication lints.

pub mod jwt_validation_disabled;
pub mod missing_auth;
