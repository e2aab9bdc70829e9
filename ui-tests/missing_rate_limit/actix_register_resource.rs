//! Sign-up for the time-tracking app (actix-web). New accounts get a verification email.

use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpResponse, HttpServer};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHasher};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Registration {
    name: String,
    email: String,
    password: String,
}

async fn register(pool: web::Data<PgPool>, form: web::Json<Registration>) -> actix_web::Result<HttpResponse> {
    if form.name.trim().is_empty() || !form.email.contains('@') || form.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(form.password.as_bytes(), &salt)
        .map_err(|_| ErrorInternalServerError("could not create the account"))?
        .to_string();
    let user_id = Uuid::new_v4();
    let mut tx = pool.begin().await.map_err(|_| ErrorInternalServerError("could not create the account"))?;
    sqlx::query("INSERT INTO users (id, name, email, password_hash) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(form.name.trim())
        .bind(&form.email)
        .bind(&hash)
        .execute(&mut *tx)
        .await
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    // The mailer worker picks this up and sends the verification link.
    sqlx::query("INSERT INTO outbound_emails (id, user_id, template) VALUES ($1, $2, 'verify_email')")
        .bind(Uuid::new_v4())
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    tx.commit().await.map_err(|_| ErrorInternalServerError("could not create the account"))?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": user_id })))
}

async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
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
                web::resource("/api/v1/register")
                    .route(web::post().to(register)), //~ missing_rate_limit
            )
            .route("/health", web::get().to(health))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
