pub mod members;
pub mod projects;
pub mod sessions;
