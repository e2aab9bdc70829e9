//! Account recovery for the booking site (actix-web, attribute routes).

use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, post, web, App, HttpResponse, HttpServer};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct ForgotPasswordForm {
    email: String,
}

#[post("/forgot-password")] //~ missing_rate_limit
async fn forgot_password(pool: web::Data<PgPool>, form: web::Form<ForgotPasswordForm>) -> actix_web::Result<HttpResponse> {
    let token = Uuid::new_v4().to_string();
    let token_hash = hex::encode(Sha256::digest(token.as_bytes()));
    let user: Option<(Uuid,)> = sqlx::query_as("SELECT id FROM customers WHERE lower(email) = lower($1)")
        .bind(&form.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("please try again"))?;
    if let Some((customer_id,)) = user {
        sqlx::query(
            "INSERT INTO password_resets (token_hash, customer_id, expires_at) VALUES ($1, $2, now() + interval '30 minutes')",
        )
        .bind(&token_hash)
        .bind(customer_id)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("please try again"))?;
        sqlx::query("INSERT INTO outbound_emails (id, customer_id, template, payload) VALUES ($1, $2, 'password_reset', $3)")
            .bind(Uuid::new_v4())
            .bind(customer_id)
            .bind(serde_json::json!({ "token": token }))
            .execute(pool.get_ref())
            .await
            .map_err(|_| ErrorInternalServerError("please try again"))?;
    }
    // Same page whether or not the address is known.
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/forgot-password/sent")).finish())
}

#[get("/forgot-password/sent")]
#[launchlint::public(reason = "static confirmation page of the password reset flow")]
async fn reset_link_sent() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body("<p>If the address belongs to an account, a reset link is on its way.</p>")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(forgot_password)
            .service(reset_link_sent)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
