//! actix: a session cookie hardened with setters.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpResponse;

pub fn session_response(session_id: String) -> HttpResponse {
    let mut cookie = Cookie::new("sid", session_id);
    cookie.set_path("/");
    cookie.set_secure(true);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Strict);
    HttpResponse::Ok().cookie(cookie).finish()
}
