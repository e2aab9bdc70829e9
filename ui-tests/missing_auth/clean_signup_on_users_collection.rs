//! RealWorld-style API: `POST /api/users` is sign-up (the handler says so); every other route
//! needs the bearer token.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use std::sync::Arc;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Deserialize, Validate)]
pub struct NewUser {
    #[validate(length(min = 1, max = 64))]
    pub username: String,
    #[validate(email)]
    pub email: String,
    #[validate(length(min = 12, max = 128))]
    pub password: String,
}

pub fn router() -> Router<PgPool> {
    let limits = Arc::new(GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().unwrap());
    Router::new()
        .route("/api/users", post(register_user))
        .route("/api/users/login", post(login_user))
        .layer(GovernorLayer { config: limits })
        .route("/api/user", get(current_user))
}

async fn register_user(State(db): State<PgPool>, Json(body): Json<NewUser>) -> StatusCode {
    if body.validate().is_err() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let _ = (db, body.username, body.email, body.password);
    StatusCode::CREATED
}

async fn login_user(State(db): State<PgPool>, Json(body): Json<NewUser>) -> StatusCode {
    let _ = (db, body.email, body.password);
    StatusCode::OK
}

async fn current_user(user: AuthUser) -> String {
    user.username
}
