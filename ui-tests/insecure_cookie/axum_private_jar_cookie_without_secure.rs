//! Tokens kept in an encrypted jar, HttpOnly and Strict, but never marked Secure.

use axum::response::IntoResponse;
use axum::Json;
use axum_extra::extract::cookie::{Cookie, PrivateCookieJar, SameSite};
use serde::Serialize;

#[derive(Serialize)]
struct LoginResponse {
    user_id: i64,
}

pub async fn finish_login(jar: PrivateCookieJar, user_id: i64, token: String) -> impl IntoResponse {
    let cookie = Cookie::build(("token", token)) //~ insecure_cookie
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict);
    (jar.add(cookie), Json(LoginResponse { user_id }))
}
