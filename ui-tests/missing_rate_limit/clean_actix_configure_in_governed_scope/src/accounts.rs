//! Courier accounts: sign-in, sign-up and password recovery, mounted under `/accounts`.

use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::{post, web, HttpResponse};
use password_auth::{generate_hash, verify_password};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    phone: String,
    password: String,
}

#[derive(Deserialize)]
struct ForgotPassword {
    phone: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(sign_in).service(sign_up).service(forgot_password);
}

#[post("/sign-in")]
async fn sign_in(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM couriers WHERE phone = $1")
        .bind(&body.phone)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let (courier_id, stored) = row.ok_or_else(|| ErrorUnauthorized("wrong phone number or password"))?;
    verify_password(&body.password, &stored).map_err(|_| ErrorUnauthorized("wrong phone number or password"))?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO courier_sessions (token_sha256, courier_id, expires_at) VALUES ($1, $2, now() + interval '14 days')")
        .bind(hex::encode(Sha256::digest(token.as_bytes())))
        .bind(courier_id)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "token": token })))
}

#[post("/sign-up")]
async fn sign_up(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> actix_web::Result<HttpResponse> {
    if body.phone.len() < 8 || body.password.len() < 12 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    sqlx::query("INSERT INTO couriers (id, phone, password_hash, status) VALUES ($1, $2, $3, 'pending_review')")
        .bind(Uuid::new_v4())
        .bind(&body.phone)
        .bind(generate_hash(&body.password))
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    Ok(HttpResponse::Created().finish())
}

#[post("/password/forgot")]
async fn forgot_password(pool: web::Data<PgPool>, body: web::Json<ForgotPassword>) -> HttpResponse {
    // Same answer whether or not the number is known; the SMS worker sends the one-time code.
    let code = Uuid::new_v4().simple().to_string()[..8].to_uppercase();
    let _ = sqlx::query(
        "WITH reset AS (INSERT INTO password_resets (code_sha256, courier_id, expires_at) \
                        SELECT $1, id, now() + interval '10 minutes' FROM couriers WHERE phone = $2 RETURNING courier_id) \
         INSERT INTO sms_outbox (courier_id, template, code) SELECT courier_id, 'password_reset', $3 FROM reset",
    )
    .bind(hex::encode(Sha256::digest(code.as_bytes())))
    .bind(&body.phone)
    .bind(&code)
    .execute(pool.get_ref())
    .await;
    HttpResponse::Accepted().finish()
}
