//! A cookie added to a jar that is never returned is never sent (axum-extra jars are values).

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar};

pub async fn touch_session(jar: CookieJar) -> StatusCode {
    if let Some(session) = jar.get("session") {
        let _ = jar.clone().add(Cookie::new("session", session.value().to_owned()));
    }
    StatusCode::NO_CONTENT
}
