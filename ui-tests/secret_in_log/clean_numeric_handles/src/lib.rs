//! An event relay: connection handles and state ids are numbers, not credentials.

pub mod handles;
pub mod registry;
