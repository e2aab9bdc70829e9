//! The session cookie with every attribute set.

use axum::response::Redirect;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use time::Duration;

pub async fn login(jar: CookieJar, session_id: String) -> (CookieJar, Redirect) {
    let cookie = Cookie::build(("session", session_id))
        .path("/")
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(Duration::hours(12));
    (jar.add(cookie), Redirect::to("/dashboard"))
}
