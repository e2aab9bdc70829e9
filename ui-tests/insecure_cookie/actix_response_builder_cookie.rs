//! actix login that attaches a session cookie to the response builder.

use actix_web::cookie::Cookie;
use actix_web::{post, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Credentials {
    pub email: String,
    pub password: String,
}

#[post("/login")]
pub async fn login(form: web::Form<Credentials>, sessions: web::Data<crate::Sessions>) -> HttpResponse {
    match sessions.start(&form.email, &form.password).await {
        Ok(session_id) => HttpResponse::SeeOther()
            .insert_header(("Location", "/app"))
            .cookie(Cookie::build("sid", session_id).path("/").finish()) //~ insecure_cookie
            .finish(),
        Err(_) => HttpResponse::Unauthorized().finish(),
    }
}
