//! UI state cookies for the actix app.

use actix_web::cookie::time::Duration;
use actix_web::cookie::Cookie;
use actix_web::HttpResponse;

pub fn ui_state(locale: String, sidebar_collapsed: bool) -> HttpResponse {
    HttpResponse::NoContent()
        .cookie(Cookie::build("locale", locale).path("/").max_age(Duration::days(365)).finish())
        .cookie(Cookie::build("sidebar_collapsed", sidebar_collapsed.to_string()).path("/").finish())
        .finish()
}
