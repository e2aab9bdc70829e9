use axum::extract::Query;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;

use crate::users::{AuthSession, Credentials};

#[derive(Deserialize)]
pub struct NextUrl {
    next: Option<String>,
}

pub fn router() -> Router {
    // Password guessing: a burst of 5 sign-in attempts per IP, then one every 2 seconds.
    let sign_in_limits = GovernorConfigBuilder::default()
        .per_second(2)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", get(logout))
        .layer(GovernorLayer::new(sign_in_limits))
}

async fn login_page(Query(NextUrl { next }): Query<NextUrl>) -> Html<String> {
    let next = next.filter(|path| path.starts_with('/') && !path.starts_with("//")).unwrap_or_default();
    Html(format!(
        "<form method=\"post\"><input name=\"email\"><input name=\"password\" type=\"password\">\
         <input type=\"hidden\" name=\"next\" value=\"{next}\"><button>Sign in</button></form>"
    ))
}

async fn login(mut auth_session: AuthSession, Form(creds): Form<Credentials>) -> impl IntoResponse {
    let next = creds.next.clone();
    let user = match auth_session.authenticate(creds).await {
        Ok(Some(user)) => user,
        Ok(None) => return Redirect::to("/login?error=1").into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if auth_session.login(&user).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    match next.filter(|path| path.starts_with('/') && !path.starts_with("//")) {
        Some(path) => Redirect::to(&path).into_response(),
        None => Redirect::to("/").into_response(),
    }
}

async fn logout(mut auth_session: AuthSession) -> impl IntoResponse {
    match auth_session.logout().await {
        Ok(_) => Redirect::to("/login").into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
