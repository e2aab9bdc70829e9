//! Refresh endpoint: the new jar is bound to a local and returned with the response.

use axum::Json;
use axum_extra::extract::cookie::{Cookie, SignedCookieJar};
use serde::Serialize;

#[derive(Serialize)]
pub struct Refreshed {
    pub expires_in: i64,
}

pub async fn refresh(jar: SignedCookieJar, new_refresh: String) -> (SignedCookieJar, Json<Refreshed>) {
    let jar = jar.add(Cookie::build(("refresh_token", new_refresh)).path("/auth").secure(true)); //~ insecure_cookie
    (jar, Json(Refreshed { expires_in: 900 }))
}
