use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;

use crate::users::AuthSession;

pub fn router() -> Router {
    Router::new()
        .route("/", get(dashboard))
        .route("/account/export", get(export_account))
}

async fn dashboard(auth_session: AuthSession) -> impl IntoResponse {
    match auth_session.user {
        Some(user) => Html(format!("<h1>Notebooks of {}</h1>", user.email)).into_response(),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn export_account(auth_session: AuthSession) -> impl IntoResponse {
    let Some(user) = auth_session.user.as_ref() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    match auth_session.backend.export_archive(axum_login::AuthUser::id(user)).await {
        Ok(Some(archive)) => (
            [(header::CONTENT_DISPOSITION, "attachment; filename=\"notebooks.json\"")],
            archive.to_string(),
        )
            .into_response(),
        Ok(None) => StatusCode::NO_CONTENT.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
