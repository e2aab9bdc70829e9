//! API token issued as a cookie added to an already-built response.

use actix_web::cookie::Cookie;
use actix_web::{HttpResponse, ResponseError};

pub fn with_token_cookie(jwt: String) -> Result<HttpResponse, actix_web::Error> {
    let mut cookie = Cookie::new("jwt", jwt); //~ insecure_cookie
    cookie.set_http_only(true);
    cookie.set_path("/api");
    let mut response = HttpResponse::Ok().finish();
    response.add_cookie(&cookie).map_err(|e| e.error_response()).ok();
    Ok(response)
}
