//! actix-session defaults: Secure, HttpOnly, SameSite=Lax.

use actix_session::storage::CookieSessionStore;
use actix_session::{config::CookieContentSecurity, SessionMiddleware};
use actix_web::cookie::{Key, SameSite};

pub fn default_sessions(key: Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::new(CookieSessionStore::default(), key)
}

pub fn explicit_sessions(key: Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name("billing-session".to_owned())
        .cookie_secure(true)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Strict)
        .cookie_content_security(CookieContentSecurity::Private)
        .build()
}
