//! `__Host-` cookies are only accepted by browsers when Secure; the builder relies on it.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpResponse;

pub fn session_response(session_id: String) -> HttpResponse {
    HttpResponse::Ok()
        .cookie(
            Cookie::build("__Host-session", session_id)
                .path("/")
                .secure(true)
                .http_only(true)
                .same_site(SameSite::Lax)
                .finish(),
        )
        .finish()
}
