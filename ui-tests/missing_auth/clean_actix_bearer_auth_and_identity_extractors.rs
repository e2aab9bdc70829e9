//! Account API (actix-web): API clients send a bearer token, the web app has a session
//! identity (actix-identity 0.8).

use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct ApiKeySummary {
    id: Uuid,
    label: String,
    last_used_at: Option<String>,
}

#[derive(Serialize, sqlx::FromRow)]
struct Profile {
    id: Uuid,
    name: String,
    email: String,
}

#[get("/api/keys")]
async fn list_api_keys(pool: web::Data<PgPool>, auth: BearerAuth) -> actix_web::Result<HttpResponse> {
    let digest = hex::encode(Sha256::digest(auth.token().as_bytes()));
    let owner: Option<(Uuid,)> = sqlx::query_as("SELECT user_id FROM api_keys WHERE key_sha256 = $1 AND revoked_at IS NULL")
        .bind(&digest)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not check the key"))?;
    let (user_id,) = owner.ok_or_else(|| ErrorUnauthorized("unknown API key"))?;
    let keys: Vec<ApiKeySummary> = sqlx::query_as(
        "SELECT id, label, to_char(last_used_at, 'YYYY-MM-DD') AS last_used_at FROM api_keys \
         WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at",
    )
    .bind(user_id)
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load keys"))?;
    Ok(HttpResponse::Ok().json(keys))
}

#[get("/me")]
async fn me(pool: web::Data<PgPool>, identity: Identity) -> actix_web::Result<HttpResponse> {
    let user_id: Uuid = identity
        .id()
        .ok()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ErrorUnauthorized("session expired"))?;
    let profile: Option<Profile> = sqlx::query_as("SELECT id, name, email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load the profile"))?;
    Ok(match profile {
        Some(profile) => HttpResponse::Ok().json(profile),
        None => HttpResponse::NotFound().finish(),
    })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let key = Key::from(session_key.as_bytes());

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(list_api_keys)
            .service(me)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
