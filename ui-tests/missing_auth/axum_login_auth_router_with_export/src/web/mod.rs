pub mod app;
pub mod auth;
pub mod protected;
