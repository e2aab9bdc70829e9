//! OAuth callback: the cookie is made with `Cookie::new` and only partly hardened.

use axum::extract::Query;
use axum::response::Redirect;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Callback {
    pub code: String,
}

pub async fn oauth_callback(jar: CookieJar, Query(cb): Query<Callback>) -> (CookieJar, Redirect) {
    let access_token = crate::oauth::exchange(&cb.code).await;
    let mut cookie = Cookie::new("auth_token", access_token); //~ insecure_cookie
    cookie.set_secure(true);
    cookie.set_path("/");
    (jar.add(cookie), Redirect::to("/"))
}
