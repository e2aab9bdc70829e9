//! Admin API: creating users on the collection is not sign-up when the handler does not say
//! so, and `register` on another collection registers a device, not an account.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct NewUser {
    pub email: String,
    pub role: String,
}

pub fn admin_router() -> Router<PgPool> {
    Router::new()
        .route("/admin/users", post(create_user))
        .route("/admin/devices", post(register)) //~ missing_rate_limit
}

async fn create_user(State(db): State<PgPool>, Json(body): Json<NewUser>) -> StatusCode { //~ missing_auth unvalidated_body
    let _ = (db, body.email, body.role);
    StatusCode::CREATED
}

async fn register(State(db): State<PgPool>) -> StatusCode { //~ missing_auth
    let _ = db;
    StatusCode::CREATED
}
