use axum::http::StatusCode;
use axum::routing::put;
use axum::{Json, Router};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;
use validator::Validate;

use crate::error::AppResult;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/preferences/theme", put(set_theme))
}

#[derive(Debug, Deserialize, Validate)]
pub struct ThemePreference {
    #[validate(length(min = 1, max = 16))]
    pub theme: String,
}

/// The web app reads the theme before hydration, so it must be readable from JS.
async fn set_theme(jar: CookieJar, Json(input): Json<ThemePreference>) -> AppResult<(CookieJar, StatusCode)> {
    input.validate()?;
    let cookie = Cookie::build(("theme", input.theme)).path("/"); // launchlint-demo: safe insecure_cookie
    Ok((jar.add(cookie), StatusCode::NO_CONTENT))
}
