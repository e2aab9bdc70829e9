//! Sign-in service (actix-web): the routes a browser reaches before it has a session.

use actix_files::Files;
use actix_governor::{Governor, GovernorConfigBuilder};
use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::ErrorInternalServerError;
use actix_web::http::header::LOCATION;
use actix_web::middleware::Logger;
use actix_web::{get, post, web, App, HttpMessage, HttpRequest, HttpResponse, HttpServer};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use serde::Deserialize;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
struct OAuthCallback {
    code: String,
    state: String,
}

#[post("/login")]
async fn login(req: HttpRequest, pool: web::Data<PgPool>, form: web::Form<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let Some((user_id, stored)) = row else {
        return Ok(HttpResponse::Unauthorized().finish());
    };
    let hash = PasswordHash::new(&stored).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    if Argon2::default().verify_password(form.password.as_bytes(), &hash).is_err() {
        return Ok(HttpResponse::Unauthorized().finish());
    }
    Identity::login(&req.extensions(), user_id.to_string()).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::SeeOther().insert_header((LOCATION, "/")).finish())
}

#[post("/register")]
async fn register(req: HttpRequest, pool: web::Data<PgPool>, form: web::Form<Credentials>) -> actix_web::Result<HttpResponse> {
    if !form.email.contains('@') || form.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(form.password.as_bytes(), &salt)
        .map_err(|_| ErrorInternalServerError("could not register"))?
        .to_string();
    let user_id = Uuid::new_v4();
    sqlx::query("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(&form.email)
        .bind(&hash)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not register"))?;
    Identity::login(&req.extensions(), user_id.to_string()).map_err(|_| ErrorInternalServerError("could not register"))?;
    Ok(HttpResponse::SeeOther().insert_header((LOCATION, "/welcome")).finish())
}

#[post("/logout")]
async fn logout(identity: Option<Identity>) -> HttpResponse {
    if let Some(identity) = identity {
        identity.logout();
    }
    HttpResponse::SeeOther().insert_header((LOCATION, "/login")).finish()
}

#[get("/auth/github/callback")]
async fn github_callback(
    req: HttpRequest,
    pool: web::Data<PgPool>,
    query: web::Query<OAuthCallback>,
) -> actix_web::Result<HttpResponse> {
    let pending: Option<(Uuid,)> =
        sqlx::query_as("DELETE FROM oauth_states WHERE state = $1 AND expires_at > now() RETURNING user_id")
            .bind(&query.state)
            .fetch_optional(pool.get_ref())
            .await
            .map_err(|_| ErrorInternalServerError("could not finish sign-in"))?;
    let Some((user_id,)) = pending else {
        return Ok(HttpResponse::BadRequest().finish());
    };
    // The worker exchanges the code for a token and links the GitHub account.
    sqlx::query("INSERT INTO oauth_exchanges (provider, user_id, code) VALUES ('github', $1, $2)")
        .bind(user_id)
        .bind(&query.code)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not finish sign-in"))?;
    Identity::login(&req.extensions(), user_id.to_string()).map_err(|_| ErrorInternalServerError("could not finish sign-in"))?;
    Ok(HttpResponse::SeeOther().insert_header((LOCATION, "/")).finish())
}

#[get("/.well-known/openid-configuration")]
async fn openid_configuration() -> HttpResponse {
    let issuer = std::env::var("PUBLIC_URL").unwrap_or_else(|_| "http://localhost:8080".to_owned());
    HttpResponse::Ok().json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
    }))
}

#[get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let key = Key::from(session_key.as_bytes());
    // Per client IP: a burst of 10, then 30 requests a minute.
    let limits = GovernorConfigBuilder::default()
        .requests_per_minute(30)
        .burst_size(10)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .build(),
            )
            .wrap(Governor::new(&limits))
            .wrap(Logger::default())
            .service(login)
            .service(register)
            .service(logout)
            .service(github_callback)
            .service(openid_configuration)
            .service(health)
            .service(Files::new("/static", "./static"))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
