//! Auth scope of the fleet-tracking API (actix-web). The governor is wrapped after the
//! services are registered; in actix a scope's `.wrap` covers the whole scope either way.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpResponse, HttpServer};
use password_auth::{generate_hash, verify_password};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
struct ResetRequest {
    email: String,
}

async fn login(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM dispatchers WHERE email = $1")
        .bind(&body.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let (dispatcher_id, stored) = row.ok_or_else(|| ErrorUnauthorized("wrong email or password"))?;
    verify_password(&body.password, &stored).map_err(|_| ErrorUnauthorized("wrong email or password"))?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO dispatcher_sessions (token_sha256, dispatcher_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(hex::encode(Sha256::digest(token.as_bytes())))
        .bind(dispatcher_id)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "token": token })))
}

async fn register(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    if !body.email.contains('@') || body.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    sqlx::query("INSERT INTO dispatchers (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(&body.email)
        .bind(generate_hash(&body.password))
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not register"))?;
    Ok(HttpResponse::Created().finish())
}

async fn reset_password(pool: web::Data<PgPool>, body: web::Json<ResetRequest>) -> HttpResponse {
    let _ = sqlx::query(
        "INSERT INTO password_resets (token, dispatcher_id, expires_at) \
         SELECT $1, id, now() + interval '1 hour' FROM dispatchers WHERE email = $2",
    )
    .bind(Uuid::new_v4())
    .bind(&body.email)
    .execute(pool.get_ref())
    .await;
    HttpResponse::Accepted().finish()
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let limits = GovernorConfigBuilder::default()
        .requests_per_minute(12)
        .burst_size(6)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/auth")
                    .service(web::resource("/login").route(web::post().to(login)))
                    .service(web::resource("/register").route(web::post().to(register)))
                    .service(web::resource("/password/reset").route(web::post().to(reset_password)))
                    .wrap(Governor::new(&limits)),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
