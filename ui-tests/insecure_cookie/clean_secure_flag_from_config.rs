//! Secure follows the deployment's HTTPS setting: config-dependent, not reported.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

pub struct CookieSettings {
    pub https: bool,
}

pub async fn login(jar: CookieJar, settings: &CookieSettings, session_id: String) -> (CookieJar, StatusCode) {
    let cookie = Cookie::build(("session", session_id))
        .secure(settings.https)
        .http_only(true)
        .same_site(SameSite::Lax);
    (jar.add(cookie), StatusCode::OK)
}
