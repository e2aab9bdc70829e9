use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;

use crate::users::AuthSession;

pub fn router() -> Router {
    Router::new()
        .route("/", get(dashboard))
}

async fn dashboard(auth_session: AuthSession) -> impl IntoResponse {
    match auth_session.user {
        Some(user) => Html(format!("<h1>Notebooks of {}</h1>", user.email)).into_response(),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
