//! Password login that sets the session cookie through an axum-extra jar.

use axum::extract::State;
use axum::response::Redirect;
use axum::Form;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

#[derive(Clone)]
pub struct AppState {
    pub sessions: crate::sessions::Store,
}

#[derive(Deserialize)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
}

pub async fn login(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<(CookieJar, Redirect), Redirect> {
    let session_id = state
        .sessions
        .login(&form.email, &form.password)
        .await
        .map_err(|_| Redirect::to("/login?failed=1"))?;
    let cookie = Cookie::build(("session", session_id)).path("/"); //~ insecure_cookie
    Ok((jar.add(cookie), Redirect::to("/dashboard")))
}
