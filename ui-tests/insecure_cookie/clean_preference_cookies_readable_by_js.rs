//! Theme, locale and consent cookies carry no credential; the front end reads them.

use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Preferences {
    pub theme: String,
    pub locale: String,
}

pub async fn save_preferences(jar: CookieJar, Json(prefs): Json<Preferences>) -> (CookieJar, StatusCode) {
    let jar = jar
        .add(Cookie::build(("theme", prefs.theme)).path("/"))
        .add(Cookie::build(("locale", prefs.locale)).path("/"))
        .add(Cookie::new("cookie_consent", "analytics=false"));
    (jar, StatusCode::NO_CONTENT)
}
