use actix_web::error::ErrorInternalServerError;
use actix_web::{web, HttpResponse};
use password_auth::generate_hash;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Registration {
    email: String,
    password: String,
    company: String,
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/register").route(web::post().to(register)));
}

async fn register(pool: web::Data<PgPool>, body: web::Json<Registration>) -> actix_web::Result<HttpResponse> {
    if !body.email.contains('@') || body.password.len() < 12 || body.company.trim().is_empty() {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let account_id = Uuid::new_v4();
    sqlx::query("INSERT INTO accounts (id, email, password_hash, company) VALUES ($1, $2, $3, $4)")
        .bind(account_id)
        .bind(&body.email)
        .bind(generate_hash(&body.password))
        .bind(body.company.trim())
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not create the account"))?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": account_id })))
}
