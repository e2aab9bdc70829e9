pub mod sessions;
pub mod workspaces;
