//! Project tracker API. The rate limiter was added to the API router; the sign-in router is a
//! sibling merged next to it and never passes through that layer.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub struct AuthUser(pub Uuid);

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let row: Option<(Uuid,)> = sqlx::query_as("SELECT user_id FROM sessions WHERE token = $1 AND expires_at > now()")
            .bind(token)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
        row.map(|(user_id,)| AuthUser(user_id)).ok_or(StatusCode::UNAUTHORIZED)
    }
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Project {
    id: Uuid,
    name: String,
}

#[derive(Deserialize)]
pub struct NewProject {
    name: String,
}

pub fn app(state: AppState) -> Router {
    let api_limits = GovernorConfigBuilder::default()
        .per_millisecond(100)
        .burst_size(50)
        .finish()
        .expect("valid rate limit settings");

    let api = Router::new()
        .route("/api/projects", get(list_projects).post(create_project))
        .layer(GovernorLayer::new(api_limits));

    let auth = Router::new()
        .route("/auth/login", post(login)) //~ missing_rate_limit
        .route("/auth/signup", post(signup)); //~ missing_rate_limit

    api.merge(auth).with_state(state)
}

async fn list_projects(AuthUser(user_id): AuthUser, State(state): State<AppState>) -> Result<Json<Vec<Project>>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM projects WHERE owner_id = $1 ORDER BY name")
        .bind(user_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn create_project(
    AuthUser(user_id): AuthUser,
    State(state): State<AppState>,
    Json(project): Json<NewProject>,
) -> Result<StatusCode, StatusCode> {
    if project.name.trim().is_empty() || project.name.len() > 200 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    sqlx::query("INSERT INTO projects (id, owner_id, name) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(user_id)
        .bind(&project.name)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::CREATED)
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(&creds.email)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(creds.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    start_session(&state.db, user_id).await
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<Json<serde_json::Value>, StatusCode> {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(creds.password.as_bytes(), &salt)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .to_string();
    let (user_id,): (Uuid,) = sqlx::query_as("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3) RETURNING id")
        .bind(Uuid::new_v4())
        .bind(&creds.email)
        .bind(&hash)
        .fetch_one(&state.db)
        .await
        .map_err(|_| StatusCode::CONFLICT)?;
    start_session(&state.db, user_id).await
}

async fn start_session(db: &PgPool, user_id: Uuid) -> Result<Json<serde_json::Value>, StatusCode> {
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(&token)
        .bind(user_id)
        .execute(db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}
