//! Sessions over plain HTTP in debug builds, chosen with a split builder.

use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;

pub fn sessions(key: Key) -> SessionMiddleware<CookieSessionStore> {
    let builder = SessionMiddleware::builder(CookieSessionStore::default(), key);
    let builder = if cfg!(debug_assertions) {
        builder.cookie_secure(false) //~ insecure_cookie
    } else {
        builder
    };
    builder.build()
}
