//! The embeddable widget needs the session cross-site, but Secure was switched off.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

pub async fn widget_session(jar: CookieJar, widget_session_id: String) -> (CookieJar, StatusCode) {
    let cookie = Cookie::build(("widget_session", widget_session_id)) //~ insecure_cookie
        .http_only(true)
        .same_site(SameSite::None)
        .secure(false);
    (jar.add(cookie), StatusCode::OK)
}
