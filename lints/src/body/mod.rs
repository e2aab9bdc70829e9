//! Request bodies: size limits.

pub mod unbounded_body;
