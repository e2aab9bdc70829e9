//! Mobile app backend: sign-up and password reset go through a hand-written middleware that
//! keeps one `governor` bucket per client IP.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::LazyLock;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use password_auth::generate_hash;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct SignUp {
    email: String,
    password: String,
}

#[derive(Deserialize)]
pub struct ResetRequest {
    email: String,
}

static CREDENTIAL_LIMITER: LazyLock<DefaultKeyedRateLimiter<IpAddr>> = LazyLock::new(|| {
    let per_minute = NonZeroU32::new(10).expect("non-zero quota");
    RateLimiter::keyed(Quota::per_minute(per_minute))
});

async fn throttle(ConnectInfo(peer): ConnectInfo<SocketAddr>, request: Request, next: Next) -> Response {
    let ip = peer.ip();
    if CREDENTIAL_LIMITER.check_key(&ip).is_err() {
        return StatusCode::TOO_MANY_REQUESTS.into_response();
    }
    next.run(request).await
}

pub fn account_routes() -> Router<AppState> {
    Router::new()
        .route("/v1/signup", post(sign_up))
        .route("/v1/password/forgot", post(forgot_password))
        .layer(middleware::from_fn(throttle))
}

async fn sign_up(State(state): State<AppState>, Json(body): Json<SignUp>) -> StatusCode {
    if !body.email.contains('@') || body.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match sqlx::query("INSERT INTO app_users (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(&body.email)
        .bind(generate_hash(&body.password))
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::CONFLICT,
    }
}

async fn forgot_password(State(state): State<AppState>, Json(body): Json<ResetRequest>) -> StatusCode {
    let _ = sqlx::query(
        "INSERT INTO password_resets (token, user_id, expires_at) \
         SELECT $1, id, now() + interval '30 minutes' FROM app_users WHERE email = $2",
    )
    .bind(Uuid::new_v4())
    .bind(&body.email)
    .execute(&state.db)
    .await;
    StatusCode::ACCEPTED
}
