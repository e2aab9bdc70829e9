//! Bearer JWTs for the dashboard and API clients.

use std::future::{ready, Ready};

use actix_web::dev::{Payload, ServiceRequest};
use actix_web::http::header::AUTHORIZATION;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use chrono::{Duration, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::AppState;

/// Expired access tokens can be exchanged for a fresh one for this long.
const REFRESH_WINDOW: Duration = Duration::days(14);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub email: String,
    pub iat: i64,
    pub exp: i64,
}

pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl JwtKeys {
    pub fn new(secret: &[u8]) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
        }
    }

    pub fn issue(&self, user_id: Uuid, email: &str) -> ApiResult<String> {
        let now = Utc::now();
        let claims = Claims {
            sub: user_id,
            email: email.to_owned(),
            iat: now.timestamp(),
            exp: (now + Duration::hours(1)).timestamp(),
        };
        Ok(encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?)
    }

    pub fn verify(&self, token: &str) -> ApiResult<Claims> {
        let validation = Validation::new(Algorithm::HS256); // launchlint-demo: safe jwt_validation_disabled
        decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|_| ApiError::Unauthorized)
    }

    /// Like [`verify`](Self::verify), but accepts recently expired tokens.
    pub fn verify_for_refresh(&self, token: &str) -> ApiResult<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false; // launchlint-demo: finding jwt_validation_disabled
        let claims = decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|_| ApiError::Unauthorized)?;
        if Utc::now().timestamp() - claims.exp > REFRESH_WINDOW.num_seconds() {
            return Err(ApiError::Unauthorized);
        }
        Ok(claims)
    }
}

fn app_state(req: &ServiceRequest) -> ApiResult<&web::Data<AppState>> {
    req.app_data::<web::Data<AppState>>().ok_or(ApiError::Unauthorized)
}

fn authorize(req: ServiceRequest, verified: ApiResult<Claims>) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    match verified {
        Ok(claims) => {
            req.extensions_mut().insert(claims);
            Ok(req)
        }
        Err(err) => Err((err.into(), req)),
    }
}

/// `HttpAuthentication::bearer` validator for `/api/v1`.
pub async fn validator(
    req: ServiceRequest,
    credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    let verified = app_state(&req).and_then(|state| state.jwt.verify(credentials.token()));
    authorize(req, verified)
}

/// Validator for `/auth/refresh`, which is called with the expired access token.
pub async fn refresh_validator(
    req: ServiceRequest,
    credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    let verified = app_state(&req).and_then(|state| state.jwt.verify_for_refresh(credentials.token()));
    authorize(req, verified)
}

/// The caller, as established by one of the validators above (or from the bearer token).
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub id: Uuid,
    pub email: String,
}

impl From<Claims> for AuthUser {
    fn from(claims: Claims) -> Self {
        Self { id: claims.sub, email: claims.email }
    }
}

fn authenticate(req: &HttpRequest) -> ApiResult<AuthUser> {
    if let Some(claims) = req.extensions().get::<Claims>() {
        return Ok(claims.clone().into());
    }
    let token = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(ApiError::Unauthorized)?;
    let state = req.app_data::<web::Data<AppState>>().ok_or(ApiError::Unauthorized)?;
    state.jwt.verify(token).map(AuthUser::from)
}

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(authenticate(req))
    }
}
