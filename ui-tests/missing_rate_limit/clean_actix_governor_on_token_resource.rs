//! Device fleet API (actix-web): devices trade their enrolment secret for a short-lived access
//! token. The governor wraps the token resource itself.

use std::sync::Arc;

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::error::{ErrorBadRequest, ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpResponse, HttpServer};
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use subtle::ConstantTimeEq;
use uuid::Uuid;

#[derive(Deserialize)]
struct TokenRequest {
    grant_type: String,
    client_id: Uuid,
    client_secret: String,
}

#[derive(Serialize)]
struct DeviceClaims {
    sub: Uuid,
    exp: u64,
}

async fn issue_token(
    pool: web::Data<PgPool>,
    signing_key: web::Data<Arc<EncodingKey>>,
    form: web::Form<TokenRequest>,
) -> actix_web::Result<HttpResponse> {
    if form.grant_type != "client_credentials" {
        return Err(ErrorBadRequest("unsupported_grant_type"));
    }
    let device: Option<(Vec<u8>,)> =
        sqlx::query_as("SELECT secret_sha256 FROM devices WHERE id = $1 AND decommissioned_at IS NULL")
            .bind(form.client_id)
            .fetch_optional(pool.get_ref())
            .await
            .map_err(|_| ErrorInternalServerError("server_error"))?;
    let (secret_sha256,) = device.ok_or_else(|| ErrorUnauthorized("invalid_client"))?;
    let presented = Sha256::digest(form.client_secret.as_bytes());
    if !bool::from(presented.as_slice().ct_eq(&secret_sha256)) {
        return Err(ErrorUnauthorized("invalid_client"));
    }
    let claims = DeviceClaims { sub: form.client_id, exp: jsonwebtoken::get_current_timestamp() + 900 };
    let access_token =
        encode(&Header::default(), &claims, signing_key.get_ref()).map_err(|_| ErrorInternalServerError("server_error"))?;
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": 900,
    })))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let secret = std::env::var("DEVICE_TOKEN_SECRET").expect("DEVICE_TOKEN_SECRET must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let signing_key = Arc::new(EncodingKey::from_secret(secret.as_bytes()));
    let token_limits = GovernorConfigBuilder::default()
        .requests_per_minute(6)
        .burst_size(3)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .app_data(web::Data::new(signing_key.clone()))
            .wrap(Logger::default())
            .service(
                web::resource("/oauth/token")
                    .wrap(Governor::new(&token_limits))
                    .route(web::post().to(issue_token)),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
