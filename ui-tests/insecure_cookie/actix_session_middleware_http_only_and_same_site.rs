//! The SPA reads the session cookie from JavaScript and is embedded on partner sites.

use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::{Key, SameSite};

pub fn sessions(key: Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_http_only(false) //~ insecure_cookie
        .cookie_same_site(SameSite::None) //~ insecure_cookie
        .build()
}
