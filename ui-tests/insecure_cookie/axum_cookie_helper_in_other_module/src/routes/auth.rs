use axum::http::StatusCode;
use axum_extra::extract::cookie::CookieJar;

use crate::session::refresh_cookie;

pub async fn refresh(jar: CookieJar) -> (CookieJar, StatusCode) {
    let rotated = String::from("rotated-by-the-token-service");
    (jar.add(refresh_cookie(rotated)), StatusCode::NO_CONTENT)
}
