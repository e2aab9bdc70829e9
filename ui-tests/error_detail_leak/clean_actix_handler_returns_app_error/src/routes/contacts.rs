use actix_web::{get, web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::error::AppError;

#[derive(Serialize, sqlx::FromRow)]
pub struct Contact {
    pub id: Uuid,
    pub name: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(show_contact);
}

#[get("/contacts/{contact_id}")]
async fn show_contact(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> Result<HttpResponse, AppError> {
    let contact: Option<Contact> = sqlx::query_as("SELECT id, name FROM contacts WHERE id = $1")
        .bind(path.into_inner())
        .fetch_optional(pool.get_ref())
        .await?;
    Ok(HttpResponse::Ok().json(contact.ok_or(AppError::NotFound)?))
}
