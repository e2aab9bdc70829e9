//! The session cookie's name lives in a constant.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpResponse;

pub const SESSION_COOKIE: &str = "billing_session";

pub fn session_response(session_key: String) -> HttpResponse {
    let cookie = Cookie::build(SESSION_COOKIE, session_key) //~ insecure_cookie
        .path("/")
        .same_site(SameSite::Strict)
        .finish();
    HttpResponse::Ok().cookie(cookie).finish()
}
