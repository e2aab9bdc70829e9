pub mod projects;
pub mod public;
