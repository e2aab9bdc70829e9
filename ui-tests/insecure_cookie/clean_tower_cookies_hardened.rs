//! tower-cookies with a fully hardened session cookie.

use axum::http::StatusCode;
use tower_cookies::cookie::SameSite;
use tower_cookies::{Cookie, Cookies};

pub async fn start_session(cookies: Cookies, session_id: String) -> StatusCode {
    let mut cookie = Cookie::new("session_id", session_id);
    cookie.set_secure(true);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookies.add(cookie);
    StatusCode::NO_CONTENT
}
