//! tower-cookies: `Cookies::add` sets the cookie without returning anything.

use axum::http::StatusCode;
use tower_cookies::{Cookie, Cookies};

pub async fn start_session(cookies: Cookies, session_id: String) -> StatusCode {
    cookies.add(Cookie::new("session_id", session_id)); //~ insecure_cookie
    StatusCode::NO_CONTENT
}
