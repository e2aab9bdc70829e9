//! Auth service of the analytics dashboard: every credential endpoint sits behind a per-IP
//! tower_governor (0.8) limiter.

use std::net::SocketAddr;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::SmartIpKeyExtractor;
use tower_governor::GovernorLayer;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
pub struct ForgotPassword {
    email: String,
}

pub fn auth_router() -> Router<AppState> {
    // Behind our load balancer, which overwrites X-Forwarded-For: a burst of 5, then one
    // request every 3 seconds per client.
    let config = GovernorConfigBuilder::default()
        .key_extractor(SmartIpKeyExtractor)
        .per_second(3)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/signup", post(signup))
        .route("/auth/forgot-password", post(forgot_password))
        .layer(GovernorLayer::new(config))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let db = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let app = Router::new()
        .merge(auth_router())
        .route("/healthz", get(|| async { "ok" }))
        .with_state(AppState { db });
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM analysts WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (analyst_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO sessions (token, analyst_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(&token)
        .bind(analyst_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> StatusCode {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let salt = SaltString::generate(&mut OsRng);
    let Ok(hash) = Argon2::default().hash_password(creds.password.as_bytes(), &salt) else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    match sqlx::query("INSERT INTO analysts (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(&creds.email)
        .bind(hash.to_string())
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::CONFLICT,
    }
}

async fn forgot_password(State(state): State<AppState>, Json(body): Json<ForgotPassword>) -> StatusCode {
    let _ = sqlx::query(
        "INSERT INTO password_resets (token, analyst_id, expires_at) \
         SELECT $1, id, now() + interval '1 hour' FROM analysts WHERE email = $2",
    )
    .bind(Uuid::new_v4())
    .bind(&body.email)
    .execute(&state.db)
    .await;
    StatusCode::ACCEPTED
}
