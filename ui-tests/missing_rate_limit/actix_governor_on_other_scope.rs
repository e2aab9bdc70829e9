//! Recipe-sharing site (actix-web). The governor wraps the `/api` scope only; the `/auth`
//! scope registered next to it is not throttled.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{get, post, web, App, HttpMessage, HttpRequest, HttpResponse, HttpServer};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

#[derive(Serialize, sqlx::FromRow)]
struct SavedRecipe {
    id: Uuid,
    title: String,
}

#[post("/login")] //~ missing_rate_limit
async fn login(req: HttpRequest, pool: web::Data<PgPool>, form: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM cooks WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let (cook_id, stored) = row.ok_or_else(|| ErrorUnauthorized("wrong email or password"))?;
    let hash = PasswordHash::new(&stored).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Argon2::default()
        .verify_password(form.password.as_bytes(), &hash)
        .map_err(|_| ErrorUnauthorized("wrong email or password"))?;
    Identity::login(&req.extensions(), cook_id.to_string()).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[post("/register")] //~ missing_rate_limit
async fn register(req: HttpRequest, pool: web::Data<PgPool>, form: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    if !form.email.contains('@') || form.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(form.password.as_bytes(), &salt)
        .map_err(|_| ErrorInternalServerError("could not register"))?
        .to_string();
    let cook_id = Uuid::new_v4();
    sqlx::query("INSERT INTO cooks (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(cook_id)
        .bind(&form.email)
        .bind(&hash)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not register"))?;
    Identity::login(&req.extensions(), cook_id.to_string()).map_err(|_| ErrorInternalServerError("could not register"))?;
    Ok(HttpResponse::Created().finish())
}

#[get("/saved-recipes")]
async fn saved_recipes(identity: Identity, pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let cook_id: Uuid = identity
        .id()
        .ok()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ErrorUnauthorized("sign in first"))?;
    let recipes: Vec<SavedRecipe> = sqlx::query_as(
        "SELECT r.id, r.title FROM saved_recipes s JOIN recipes r ON r.id = s.recipe_id WHERE s.cook_id = $1",
    )
    .bind(cook_id)
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load recipes"))?;
    Ok(HttpResponse::Ok().json(recipes))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let key = Key::from(session_key.as_bytes());
    let api_limits = GovernorConfigBuilder::default()
        .requests_per_second(20)
        .burst_size(40)
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
            .wrap(Logger::default())
            .service(web::scope("/api").wrap(Governor::new(&api_limits)).service(saved_recipes))
            .service(web::scope("/auth").service(login).service(register))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
