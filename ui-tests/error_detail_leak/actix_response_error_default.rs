//! Payouts (actix-web): `ResponseError` with nothing overridden renders `Display`, and the
//! thiserror messages forward the inner errors.

use actix_web::{get, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Serialize;
use sqlx::PgPool;

#[derive(Debug, thiserror::Error)]
pub enum PayoutError {
    #[error("could not load payouts: {0}")] //~ error_detail_leak
    Database(#[from] sqlx::Error),
    #[error("bank API: {source}")] //~ error_detail_leak
    Bank {
        #[source]
        source: reqwest::Error,
    },
}

impl ResponseError for PayoutError {}

#[derive(Serialize, sqlx::FromRow)]
pub struct Payout {
    pub reference: String,
    pub amount_cents: i64,
}

#[get("/payouts")]
async fn list_payouts(pool: web::Data<PgPool>, _auth: BearerAuth) -> Result<HttpResponse, PayoutError> {
    let payouts: Vec<Payout> = sqlx::query_as("SELECT reference, amount_cents FROM payouts ORDER BY paid_at DESC")
        .fetch_all(pool.get_ref())
        .await?;
    Ok(HttpResponse::Ok().json(payouts))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(list_payouts))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
