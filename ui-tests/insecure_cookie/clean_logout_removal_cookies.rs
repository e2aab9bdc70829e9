//! Logout: removal cookies need no hardening, they only expire the old one.

use actix_web::cookie::time::Duration;
use actix_web::cookie::Cookie;
use actix_web::HttpResponse;
use axum::http::StatusCode;
use axum_extra::extract::cookie::CookieJar;

pub async fn axum_logout(jar: CookieJar) -> (CookieJar, StatusCode) {
    let jar = jar.remove(axum_extra::extract::cookie::Cookie::build("session").removal());
    (jar, StatusCode::NO_CONTENT)
}

pub async fn axum_logout_expired(jar: CookieJar) -> (CookieJar, StatusCode) {
    let expired = axum_extra::extract::cookie::Cookie::build(("session", ""))
        .path("/")
        .max_age(time::Duration::ZERO);
    (jar.add(expired), StatusCode::NO_CONTENT)
}

pub fn actix_logout() -> HttpResponse {
    let mut cookie = Cookie::named("sid");
    cookie.make_removal();
    HttpResponse::Ok().cookie(cookie).finish()
}

pub fn actix_logout_max_age() -> HttpResponse {
    let cookie = Cookie::build("sid", "").path("/").max_age(Duration::ZERO).finish();
    HttpResponse::Ok().cookie(cookie).finish()
}
