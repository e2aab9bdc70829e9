//! Identity service: the routes a browser reaches before it has a session.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use tower_http::services::ServeDir;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    /// The public half of the signing keys, published for the other services.
    pub jwks: Value,
    pub oauth: GoogleOAuth,
}

#[derive(Clone)]
pub struct GoogleOAuth {
    pub client_id: String,
    pub client_secret: String,
    pub http: reqwest::Client,
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
pub struct ResetRequest {
    email: String,
}

#[derive(Deserialize)]
pub struct OAuthCallback {
    code: String,
    state: String,
}

pub fn router(state: AppState) -> Router {
    let credential_limits = GovernorConfigBuilder::default()
        .per_second(4)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/signup", post(signup))
        .route("/auth/password-reset", post(request_password_reset))
        // Only the credential endpoints above are throttled per client IP.
        .layer(GovernorLayer::new(credential_limits))
        .route("/oauth/google/callback", get(google_callback))
        .route("/.well-known/jwks.json", get(jwks))
        .route("/healthz", get(healthz))
        .nest_service("/static", ServeDir::new("static"))
        .with_state(state)
}

async fn login(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<impl IntoResponse, StatusCode> {
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
    let session = start_session(&state.db, user_id).await?;
    Ok(Json(serde_json::json!({ "session": session })))
}

async fn signup(State(state): State<AppState>, Json(creds): Json<Credentials>) -> Result<impl IntoResponse, StatusCode> {
    if !creds.email.contains('@') || creds.password.len() < 12 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(creds.password.as_bytes(), &salt)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .to_string();
    let (user_id,): (Uuid,) =
        sqlx::query_as("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3) RETURNING id")
            .bind(Uuid::new_v4())
            .bind(&creds.email)
            .bind(&hash)
            .fetch_one(&state.db)
            .await
            .map_err(|_| StatusCode::CONFLICT)?;
    let session = start_session(&state.db, user_id).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "session": session }))))
}

async fn request_password_reset(State(state): State<AppState>, Json(body): Json<ResetRequest>) -> StatusCode {
    // Same answer whether or not the address exists.
    let _ = sqlx::query(
        "INSERT INTO password_resets (token, user_id, expires_at) \
         SELECT $1, id, now() + interval '1 hour' FROM users WHERE email = $2",
    )
    .bind(Uuid::new_v4())
    .bind(&body.email)
    .execute(&state.db)
    .await;
    StatusCode::ACCEPTED
}

async fn google_callback(
    State(state): State<AppState>,
    Query(callback): Query<OAuthCallback>,
) -> Result<Redirect, StatusCode> {
    let pending: Option<(String,)> =
        sqlx::query_as("DELETE FROM oauth_states WHERE state = $1 AND expires_at > now() RETURNING redirect_to")
            .bind(&callback.state)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (redirect_to,) = pending.ok_or(StatusCode::BAD_REQUEST)?;
    let token: Value = state
        .oauth
        .http
        .post("https://oauth2.googleapis.com/token")
        .form(&[
            ("code", callback.code.as_str()),
            ("client_id", state.oauth.client_id.as_str()),
            ("client_secret", state.oauth.client_secret.as_str()),
            ("grant_type", "authorization_code"),
        ])
        .send()
        .await
        .and_then(|response| response.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .json()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    if token.get("id_token").is_none() {
        return Err(StatusCode::BAD_GATEWAY);
    }
    Ok(Redirect::to(&redirect_to))
}

async fn jwks(State(state): State<AppState>) -> Json<Value> {
    Json(state.jwks.clone())
}

async fn healthz() -> &'static str {
    "ok"
}

async fn start_session(db: &PgPool, user_id: Uuid) -> Result<String, StatusCode> {
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(&token)
        .bind(user_id)
        .execute(db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(token)
}
