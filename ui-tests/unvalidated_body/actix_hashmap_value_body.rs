//! Custom fields on contacts (actix-web): any key, any value.

use std::collections::HashMap;

use actix_web::{put, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;

#[put("/contacts/{contact_id}/fields")]
async fn replace_custom_fields(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    fields: web::Json<HashMap<String, Value>>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let contact_id = path.into_inner();
    let mut tx = pool.begin().await.map_err(|_| actix_web::error::ErrorServiceUnavailable("try again"))?;
    sqlx::query("DELETE FROM contact_fields WHERE contact_id = $1")
        .bind(contact_id)
        .execute(&mut *tx)
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not save the fields"))?;
    for (key, value) in fields.iter() {
        sqlx::query("INSERT INTO contact_fields (contact_id, key, value) VALUES ($1, $2, $3)")
            .bind(contact_id)
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await
            .map_err(|_| actix_web::error::ErrorInternalServerError("could not save the fields"))?;
    }
    tx.commit().await.map_err(|_| actix_web::error::ErrorInternalServerError("could not save the fields"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(replace_custom_fields))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
