use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::{Deserialize, Serialize};
use tower_http::limit::RequestBodyLimitLayer;
use uuid::Uuid;
use validator::Validate;

use crate::db::users::UserRecord;
use crate::db::{self, Db};
use crate::error::{AppError, AppResult};
use crate::passwords;
use crate::state::AppState;

/// Public: sign up and sign in. Mounted after the session layer.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/signup", post(signup)) // launchlint-demo: finding missing_rate_limit
        .route("/auth/login", post(login)) // launchlint-demo: finding missing_rate_limit
        .layer(RequestBodyLimitLayer::new(16 * 1024))
}

/// Needs a session.
pub fn session_router() -> Router<AppState> {
    Router::new().route("/auth/logout", post(logout))
}

#[derive(Debug, Deserialize, Validate)]
pub struct SignupRequest {
    #[validate(email)]
    pub email: String,
    #[validate(length(min = 1, max = 80))]
    pub display_name: String,
    #[validate(length(min = 12, max = 128))]
    pub password: String,
}

#[derive(Debug, Deserialize, Validate)]
pub struct LoginRequest {
    #[validate(email)]
    pub email: String,
    #[validate(length(min = 1, max = 128))]
    pub password: String,
}

#[derive(Debug, Serialize)]
pub struct SessionResponse {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub token: String,
}

impl SessionResponse {
    fn new(user: UserRecord, token: String) -> Self {
        Self { user_id: user.id, email: user.email, display_name: user.display_name, token }
    }
}

pub async fn signup(
    State(state): State<AppState>,
    jar: CookieJar,
    Json(req): Json<SignupRequest>,
) -> AppResult<(CookieJar, Json<SessionResponse>)> {
    tracing::debug!("signup request: {:?}", req); // launchlint-demo: finding secret_in_log
    req.validate()?;

    if db::users::find_by_email(&state.db, &req.email).await?.is_some() {
        return Err(AppError::Conflict("email already registered"));
    }
    let password_hash = passwords::hash(&req.password)?;
    let user = db::users::create(&state.db, &req.email, req.display_name.trim(), &password_hash).await?;
    let token = state.jwt.issue(user.id, &user.email, user.is_staff, state.config.session_ttl_hours)?;

    let cookie = Cookie::build(("session", token.clone())).path("/"); // launchlint-demo: finding insecure_cookie
    Ok((jar.add(cookie), Json(SessionResponse::new(user, token))))
}

pub async fn login(
    State(state): State<AppState>,
    jar: CookieJar,
    Json(req): Json<LoginRequest>,
) -> AppResult<(CookieJar, Json<SessionResponse>)> {
    req.validate()?;
    let user = verify_credentials(&state.db, &req.email, &req.password).await?;
    let token = state.jwt.issue(user.id, &user.email, user.is_staff, state.config.session_ttl_hours)?;
    tracing::info!(user_id = %user.id, "signed in");

    Ok((jar.add(session_cookie(token.clone())), Json(SessionResponse::new(user, token))))
}

#[tracing::instrument(skip(db, password))] // launchlint-demo: safe secret_in_log
async fn verify_credentials(db: &Db, email: &str, password: &str) -> AppResult<UserRecord> {
    let user = db::users::find_by_email(db, email)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !passwords::verify(password, &user.password_hash) {
        tracing::info!("credentials rejected");
        return Err(AppError::Unauthorized);
    }
    Ok(user)
}

fn session_cookie(token: String) -> Cookie<'static> {
    Cookie::build(("session", token)).path("/").secure(true).http_only(true).same_site(SameSite::Lax).build() // launchlint-demo: safe insecure_cookie
}

async fn logout(jar: CookieJar) -> (CookieJar, StatusCode) {
    (jar.remove(session_cookie(String::new())), StatusCode::NO_CONTENT)
}
