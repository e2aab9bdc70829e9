//! OAuth 2.0 token endpoint of the partner API (client credentials grant).

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use subtle::ConstantTimeEq;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub signing_key: Arc<EncodingKey>,
}

impl AppState {
    pub async fn from_env() -> AppState {
        let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
        let secret = std::env::var("TOKEN_SIGNING_SECRET").expect("TOKEN_SIGNING_SECRET must be set");
        AppState {
            db: PgPool::connect(&database_url).await.expect("cannot connect to the database"),
            signing_key: Arc::new(EncodingKey::from_secret(secret.as_bytes())),
        }
    }
}

#[derive(Deserialize)]
pub struct TokenRequest {
    grant_type: String,
    client_id: Uuid,
    client_secret: String,
    scope: Option<String>,
}

#[derive(Serialize)]
pub struct TokenResponse {
    access_token: String,
    token_type: &'static str,
    expires_in: u64,
}

#[derive(Serialize)]
struct AccessClaims {
    sub: Uuid,
    scope: String,
    exp: u64,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/oauth/token", post(issue_token)) //~ missing_rate_limit
        .route("/healthz", get(|| async { "ok" }))
        .with_state(state)
}

async fn issue_token(
    State(state): State<AppState>,
    Form(request): Form<TokenRequest>,
) -> Result<Json<TokenResponse>, StatusCode> {
    if request.grant_type != "client_credentials" {
        return Err(StatusCode::BAD_REQUEST);
    }
    let client: Option<(Vec<u8>, String)> =
        sqlx::query_as("SELECT secret_sha256, allowed_scope FROM oauth_clients WHERE id = $1 AND revoked_at IS NULL")
            .bind(request.client_id)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (secret_sha256, allowed_scope) = client.ok_or(StatusCode::UNAUTHORIZED)?;
    let presented = Sha256::digest(request.client_secret.as_bytes());
    if !bool::from(presented.as_slice().ct_eq(&secret_sha256)) {
        return Err(StatusCode::UNAUTHORIZED);
    }
    let scope = request.scope.unwrap_or_else(|| allowed_scope.clone());
    if scope.split(' ').any(|wanted| !allowed_scope.split(' ').any(|allowed| allowed == wanted)) {
        return Err(StatusCode::FORBIDDEN);
    }
    let expires_in = 3600;
    let exp = jsonwebtoken::get_current_timestamp() + expires_in;
    let claims = AccessClaims { sub: request.client_id, scope, exp };
    let access_token =
        encode(&Header::default(), &claims, &state.signing_key).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(TokenResponse { access_token, token_type: "Bearer", expires_in }))
}
