//! "Temporarily" turned off Secure while testing over plain HTTP.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

pub async fn remember_me(jar: CookieJar, remember_token: String) -> (CookieJar, StatusCode) {
    let cookie = Cookie::build(("remember_me", remember_token)) //~ insecure_cookie
        .path("/")
        .http_only(true)
        .secure(false)
        .same_site(SameSite::Lax);
    (jar.add(cookie), StatusCode::NO_CONTENT)
}
