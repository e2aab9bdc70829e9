//! Personal access tokens of the CI service (actix-web). Signed-in users mint tokens for scripts.

use std::sync::LazyLock;

use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::{dev::ServiceRequest, middleware::Logger, web, App, HttpMessage, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use actix_web_httpauth::middleware::HttpAuthentication;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use rand::distr::{Alphanumeric, SampleString};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

static DECODING_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

#[derive(Clone, Deserialize)]
struct Claims {
    sub: Uuid,
    exp: usize,
}

#[derive(Deserialize, Validate)]
struct NewToken {
    #[validate(length(min = 1, max = 100))]
    label: String,
    expires_in_days: Option<u16>,
}

async fn validate_session(
    req: ServiceRequest,
    credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    match decode::<Claims>(credentials.token(), &DECODING_KEY, &Validation::new(Algorithm::HS256)) {
        Ok(data) => {
            req.extensions_mut().insert(data.claims);
            Ok(req)
        }
        Err(_) => Err((ErrorUnauthorized("invalid or expired session"), req)),
    }
}

async fn list_tokens(pool: web::Data<PgPool>, claims: web::ReqData<Claims>) -> actix_web::Result<HttpResponse> {
    let tokens: Vec<(Uuid, String, Option<chrono::DateTime<chrono::Utc>>)> = sqlx::query_as(
        "SELECT id, label, last_used_at FROM personal_access_tokens WHERE user_id = $1 AND revoked_at IS NULL",
    )
    .bind(claims.sub)
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load tokens"))?;
    Ok(HttpResponse::Ok().json(tokens))
}

async fn create_token(
    pool: web::Data<PgPool>,
    claims: web::ReqData<Claims>,
    body: actix_web_validator::Json<NewToken>,
) -> actix_web::Result<HttpResponse> {
    let secret = format!("ci_pat_{}", Alphanumeric.sample_string(&mut rand::rng(), 40));
    let digest = hex::encode(Sha256::digest(secret.as_bytes()));
    let days = i32::from(body.expires_in_days.unwrap_or(90).min(365));
    let id: (Uuid,) = sqlx::query_as(
        "INSERT INTO personal_access_tokens (id, user_id, label, token_sha256, expires_at) \
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id",
    )
    .bind(Uuid::new_v4())
    .bind(claims.sub)
    .bind(&body.label)
    .bind(&digest)
    .bind(days)
    .fetch_one(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not create the token"))?;
    // The secret is shown once and never stored in clear.
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id.0, "token": secret })))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .wrap(HttpAuthentication::bearer(validate_session))
                    .service(
                        web::resource("/tokens")
                            .route(web::get().to(list_tokens))
                            .route(web::post().to(create_token)), //~ missing_rate_limit
                    ),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
