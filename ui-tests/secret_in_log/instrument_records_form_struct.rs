//! The handler skips its state but records the form, whose Debug prints the password.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Form;
use serde::Deserialize;

#[derive(Clone)]
pub struct AppState;

#[derive(Debug, Deserialize)]
pub struct RegisterForm {
    pub email: String,
    pub password: String,
}

#[tracing::instrument(skip(state))]
pub async fn register(State(state): State<AppState>, Form(form): Form<RegisterForm>) -> StatusCode { //~ secret_in_log
    let _ = state;
    if form.email.contains('@') { StatusCode::CREATED } else { StatusCode::BAD_REQUEST }
}
