//! `SameSite=None` without an explicit `secure(..)`: the cookie crate adds `Secure` itself.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

pub async fn embed_session(jar: CookieJar, embed_session_id: String) -> (CookieJar, StatusCode) {
    let cookie = Cookie::build(("embed_session", embed_session_id))
        .http_only(true)
        .same_site(SameSite::None);
    (jar.add(cookie), StatusCode::OK)
}
