//! Invoicing service (actix-web 4): drafts are created from whatever the client sends.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, Deserialize)]
pub struct NewInvoice {
    pub customer_id: Uuid,
    pub number: String,
    pub currency: String,
    pub amount_cents: i64,
    pub memo: Option<String>,
}

#[post("/invoices")]
async fn create_invoice(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    body: web::Json<NewInvoice>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let id = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO invoices (id, customer_id, number, currency, amount_cents, memo, status) \
         VALUES ($1, $2, $3, $4, $5, $6, 'draft')",
    )
    .bind(id)
    .bind(body.customer_id)
    .bind(&body.number)
    .bind(&body.currency)
    .bind(body.amount_cents)
    .bind(&body.memo)
    .execute(pool.get_ref())
    .await
    .map_err(|_| actix_web::error::ErrorInternalServerError("could not save the invoice"))?;
    Ok(HttpResponse::Created().json(id))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(create_invoice))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
