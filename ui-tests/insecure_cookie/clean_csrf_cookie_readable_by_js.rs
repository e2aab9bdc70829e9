//! Double-submit CSRF token: JavaScript must read it, so it is not HttpOnly by design.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

pub async fn issue_csrf(jar: CookieJar, csrf_token: String) -> (CookieJar, StatusCode) {
    let cookie = Cookie::build(("csrf_token", csrf_token))
        .path("/")
        .secure(true)
        .same_site(SameSite::Strict);
    (jar.add(cookie), StatusCode::NO_CONTENT)
}
