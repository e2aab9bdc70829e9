//! Session tokens (HS256 JWTs), from `Authorization: Bearer` or the `session` cookie.

use axum::extract::{FromRequestParts, OptionalFromRequestParts, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::CookieJar;
use chrono::{Duration, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub email: String,
    #[serde(default)]
    pub staff: bool,
    pub iat: i64,
    pub exp: i64,
}

pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl JwtKeys {
    pub fn from_env() -> Self {
        let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set"); // launchlint-demo: safe hardcoded_secret
        Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
        }
    }

    pub fn issue(&self, user_id: Uuid, email: &str, staff: bool, ttl_hours: i64) -> Result<String, AppError> {
        let (sub, email, now) = (user_id, email.to_owned(), Utc::now());
        let claims = Claims { sub, email, staff, iat: now.timestamp(), exp: (now + Duration::hours(ttl_hours)).timestamp() };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).map_err(|err| AppError::Internal(err.into()))
    }

    pub fn decoding_key(&self) -> &DecodingKey {
        &self.decoding
    }

    pub fn verify(&self, token: &str) -> Result<Claims, AppError> {
        let mut validation = Validation::new(Algorithm::HS256); // launchlint-demo: safe jwt_validation_disabled
        validation.set_required_spec_claims(&["exp", "sub"]);
        validation.leeway = 30;
        decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|_| AppError::Unauthorized)
    }
}

/// The signed-in user: set by [`require_user`], or decoded from the request.
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub id: Uuid,
    pub email: String,
    pub is_staff: bool,
}

impl From<Claims> for AuthUser {
    fn from(claims: Claims) -> Self {
        Self { id: claims.sub, email: claims.email, is_staff: claims.staff }
    }
}

fn session_token(headers: &HeaderMap) -> Option<String> {
    if let Some(value) = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        if let Some(token) = value.strip_prefix("Bearer ") {
            return Some(token.trim().to_owned());
        }
    }
    CookieJar::from_headers(headers)
        .get("session")
        .map(|cookie| cookie.value().to_owned())
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<AuthUser>() {
            return Ok(user.clone());
        }
        let token = session_token(&parts.headers).ok_or(AppError::Unauthorized)?;
        let claims = state.jwt.verify(&token)?;
        Ok(AuthUser::from(claims))
    }
}

impl OptionalFromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match session_token(&parts.headers) {
            None => Ok(None),
            Some(token) => state.jwt.verify(&token).map(|claims| Some(claims.into())),
        }
    }
}

/// Signed-in user if there is one; never rejects.
pub struct MaybeUser(pub Option<AuthUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = session_token(&parts.headers)
            .and_then(|token| state.jwt.verify(&token).ok())
            .map(AuthUser::from);
        Ok(MaybeUser(user))
    }
}

/// Route layer for the private API: rejects requests without a valid session.
pub async fn require_user(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Result<Response, AppError> {
    let token = session_token(req.headers()).ok_or(AppError::Unauthorized)?;
    let claims = state.jwt.verify(&token)?;
    req.extensions_mut().insert(AuthUser::from(claims));
    Ok(next.run(req).await)
}
