//! Reading cookies from requests sets nothing.

use actix_web::cookie::Cookie;
use actix_web::HttpRequest;
use axum_extra::extract::cookie::CookieJar;

pub fn actix_session_id(req: &HttpRequest) -> Option<String> {
    req.cookie("sid").map(|c| c.value().to_owned())
}

pub fn axum_session_id(jar: &CookieJar) -> Option<String> {
    jar.get("session").map(|c| c.value().to_owned())
}

pub fn parse_header(raw: &str) -> Option<String> {
    Cookie::parse(raw.to_owned()).ok().map(|c| c.value().to_owned())
}
