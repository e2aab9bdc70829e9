//! Clinic appointment portal (actix-web). A resource's `.wrap` covers that resource only: the
//! governor on `/login` does nothing for `/signup`, registered as its own resource.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpMessage, HttpRequest, HttpResponse, HttpServer};
use password_auth::{generate_hash, verify_password};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

async fn login(req: HttpRequest, pool: web::Data<PgPool>, form: web::Form<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM patients WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let (patient_id, stored) = row.ok_or_else(|| ErrorUnauthorized("wrong email or password"))?;
    verify_password(&form.password, &stored).map_err(|_| ErrorUnauthorized("wrong email or password"))?;
    Identity::login(&req.extensions(), patient_id.to_string()).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/appointments")).finish())
}

async fn signup(req: HttpRequest, pool: web::Data<PgPool>, form: web::Form<Credentials>) -> actix_web::Result<HttpResponse> {
    if !form.email.contains('@') || form.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let patient_id = Uuid::new_v4();
    sqlx::query("INSERT INTO patients (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(patient_id)
        .bind(&form.email)
        .bind(generate_hash(&form.password))
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    Identity::login(&req.extensions(), patient_id.to_string())
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/appointments")).finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let key = Key::from(session_key.as_bytes());
    let login_limits = GovernorConfigBuilder::default()
        .requests_per_minute(10)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .cookie_http_only(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(
                web::resource("/login")
                    .wrap(Governor::new(&login_limits))
                    .route(web::post().to(login)),
            )
            .service(
                web::resource("/signup")
                    .route(web::post().to(signup)), //~ missing_rate_limit
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
