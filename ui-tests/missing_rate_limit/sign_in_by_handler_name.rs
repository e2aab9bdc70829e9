//! Server-rendered storefront admin. The sign-in form posts to `/staff/authenticate`: nothing in
//! the path says "login", only the handler's name does.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use axum::routing::post;
use axum::{Form, Router};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use password_auth::verify_password;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/staff/authenticate", post(sign_in)) //~ missing_rate_limit
        .route("/staff/sign-out", post(sign_out))
        .with_state(state)
}

#[launchlint::public(reason = "the sign-in form is reached before there is a session")]
async fn sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<SignInForm>,
) -> Result<impl IntoResponse, StatusCode> {
    if form.email.len() > 254 || form.password.len() > 128 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM staff WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let Some((staff_id, stored)) = row else {
        return Ok((jar, Redirect::to("/staff/sign-in?error=1")));
    };
    if verify_password(&form.password, &stored).is_err() {
        return Ok((jar, Redirect::to("/staff/sign-in?error=1")));
    }
    let session_id = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO staff_sessions (id, staff_id, expires_at) VALUES ($1, $2, now() + interval '8 hours')")
        .bind(&session_id)
        .bind(staff_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let cookie = Cookie::build(("admin_session", session_id))
        .path("/")
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .build();
    Ok((jar.add(cookie), Redirect::to("/orders")))
}

#[launchlint::public(reason = "signing out without a session only clears the cookie")]
async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> impl IntoResponse {
    if let Some(cookie) = jar.get("admin_session") {
        let _ = sqlx::query("DELETE FROM staff_sessions WHERE id = $1")
            .bind(cookie.value())
            .execute(&state.db)
            .await;
    }
    let expired = Cookie::build(("admin_session", ""))
        .path("/")
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .build();
    (jar.remove(expired), Redirect::to("/staff/sign-in"))
}
