use actix_web::cookie::time::Duration;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::{put, web, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::auth::AuthUser;
use crate::db::users::User;
use crate::db::{self, Db};
use crate::error::{ApiError, ApiResult};
use crate::{passwords, AppState};

#[derive(Debug, Deserialize)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
    #[serde(default)]
    pub remember_me: bool,
}

impl LoginRequest {
    fn validate(&self) -> ApiResult<()> {
        if !self.email.contains('@') || self.email.len() > 254 || self.password.is_empty() || self.password.len() > 128 {
            return Err(ApiError::BadRequest("email and password are required"));
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
pub struct SignupRequest {
    pub organization_name: String,
    pub email: String,
    pub password: String,
}

impl SignupRequest {
    fn validate(&self) -> ApiResult<()> {
        if self.organization_name.trim().is_empty() || self.organization_name.len() > 120 {
            return Err(ApiError::BadRequest("organization name must be 1-120 characters"));
        }
        if !self.email.contains('@') || self.email.len() > 254 {
            return Err(ApiError::BadRequest("invalid email address"));
        }
        if self.password.len() < 12 || self.password.len() > 128 {
            return Err(ApiError::BadRequest("password must be 12-128 characters"));
        }
        Ok(())
    }
}

#[derive(Debug, Serialize)]
struct TokenResponse {
    token: String,
}

fn session_cookie(token: String) -> Cookie<'static> {
    Cookie::build("session", token).path("/").secure(true).http_only(true).same_site(SameSite::Strict).finish() // launchlint-demo: safe insecure_cookie
}

pub async fn login(state: web::Data<AppState>, body: web::Json<LoginRequest>) -> ApiResult<HttpResponse> {
    body.validate()?;
    let user = authenticate(&state.db, &body.email, &body.password).await?;
    let token = state.jwt.issue(user.id, &user.email)?;

    let mut response = HttpResponse::Ok();
    response.cookie(session_cookie(token.clone()));
    if body.remember_me {
        response.cookie(Cookie::build("remember_token", token.clone()).path("/").max_age(Duration::days(14)).finish()); // launchlint-demo: finding insecure_cookie
    }
    Ok(response.json(TokenResponse { token }))
}

#[tracing::instrument(skip(db, password))] // launchlint-demo: safe secret_in_log
async fn authenticate(db: &Db, email: &str, password: &str) -> ApiResult<User> {
    let user = db::users::find_by_email(db, email).await?.ok_or(ApiError::Unauthorized)?;
    if !passwords::verify(password, &user.password_hash) {
        tracing::info!("credentials rejected");
        return Err(ApiError::Unauthorized);
    }
    Ok(user)
}

pub async fn signup(state: web::Data<AppState>, body: web::Json<SignupRequest>) -> ApiResult<HttpResponse> {
    body.validate()?;
    let password_hash = passwords::hash(&body.password)?;
    let email = body.email.trim().to_lowercase();
    let (org_id, user_id) = db::orgs::create_with_owner(&state.db, body.organization_name.trim(), &email, &password_hash)
        .await
        .map_err(|err| match &err {
            sqlx::Error::Database(db_err) if db_err.is_unique_violation() => ApiError::Conflict("email already registered"),
            _ => err.into(),
        })?;
    tracing::info!(%org_id, %user_id, "organization created");

    let token = state.jwt.issue(user_id, &email)?;
    Ok(HttpResponse::Created().cookie(session_cookie(token.clone())).json(TokenResponse { token }))
}

/// Exchanges a recently expired access token (checked by `refresh_validator`) for a new one.
pub async fn refresh(state: web::Data<AppState>, user: AuthUser) -> ApiResult<HttpResponse> {
    let token = state.jwt.issue(user.id, &user.email)?;
    Ok(HttpResponse::Ok().cookie(session_cookie(token.clone())).json(TokenResponse { token }))
}

#[put("/preferences/locale/{locale}")]
pub async fn set_locale(_user: AuthUser, path: web::Path<String>) -> ApiResult<HttpResponse> {
    let locale = path.into_inner();
    if locale.len() > 10 || !locale.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(ApiError::BadRequest("invalid locale"));
    }
    let cookie = Cookie::build("locale", locale).path("/").max_age(Duration::days(365)).finish(); // launchlint-demo: safe insecure_cookie
    Ok(HttpResponse::NoContent().cookie(cookie).finish())
}
