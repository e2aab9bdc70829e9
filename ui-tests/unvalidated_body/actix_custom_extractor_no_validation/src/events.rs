use actix_web::{web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;

use crate::extract::Lenient;

#[derive(Deserialize)]
pub struct TrackedEvent {
    pub name: String,
    pub anonymous_id: String,
    pub properties: serde_json::Map<String, serde_json::Value>,
}

pub async fn ingest(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    Lenient(event): Lenient<TrackedEvent>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    sqlx::query("INSERT INTO events (name, anonymous_id, properties) VALUES ($1, $2, $3)")
        .bind(&event.name)
        .bind(&event.anonymous_id)
        .bind(sqlx::types::Json(&event.properties))
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not store the event"))?;
    Ok(HttpResponse::Accepted().finish())
}
