//! Login attempts are traced, password included.

use axum::http::StatusCode;
use axum::Form;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
}

pub async fn login(Form(form): Form<LoginForm>) -> StatusCode {
    let LoginForm { email, password } = form;
    tracing::info!(%email, %password, "login attempt"); //~ secret_in_log
    if crate::auth::check(&email, &password).await {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::UNAUTHORIZED
    }
}
