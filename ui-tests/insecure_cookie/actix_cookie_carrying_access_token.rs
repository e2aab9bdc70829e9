//! A short, meaningless cookie name, but the value is the access token.

use actix_web::cookie::Cookie;
use actix_web::HttpResponse;

pub fn attach(access_token: &str) -> HttpResponse {
    HttpResponse::Ok()
        .cookie(Cookie::build("bx", access_token.to_owned()).path("/").finish()) //~ insecure_cookie
        .finish()
}
