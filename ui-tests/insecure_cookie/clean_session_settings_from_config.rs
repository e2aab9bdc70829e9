//! Session cookie security follows the environment: config-dependent, not reported.

use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use tower_sessions::{MemoryStore, SessionManagerLayer};

pub struct Settings {
    pub https: bool,
    pub dev_mode: bool,
}

pub fn actix_sessions(key: Key, settings: &Settings) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_secure(settings.https)
        .build()
}

pub fn tower_sessions(settings: &Settings) -> SessionManagerLayer<MemoryStore> {
    SessionManagerLayer::new(MemoryStore::default()).with_secure(!settings.dev_mode)
}
