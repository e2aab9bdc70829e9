//! Quotes (actix-web): line items are posted as a JSON array.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct NewLineItem {
    pub description: String,
    pub quantity: i32,
    pub unit_price_cents: i64,
}

#[post("/quotes/{quote_id}/line-items")]
async fn add_line_items(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    items: web::Json<Vec<NewLineItem>>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let quote_id = path.into_inner();
    for item in items.iter() {
        sqlx::query("INSERT INTO quote_line_items (quote_id, description, quantity, unit_price_cents) VALUES ($1, $2, $3, $4)")
            .bind(quote_id)
            .bind(&item.description)
            .bind(item.quantity)
            .bind(item.unit_price_cents)
            .execute(pool.get_ref())
            .await
            .map_err(|_| actix_web::error::ErrorInternalServerError("could not add the items"))?;
    }
    Ok(HttpResponse::Created().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(add_line_items))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
