//! Order intake (actix-web): some partners post JSON as `text/plain`, so the body is a `String`.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct PartnerOrder {
    pub partner_reference: String,
    pub shipping_address: String,
    pub quantity: i32,
    pub notes: Option<String>,
}

#[post("/partner/orders")]
async fn receive_order(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    payload: String, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let order = serde_json::from_str::<PartnerOrder>(&payload).map_err(actix_web::error::ErrorBadRequest)?;
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO orders (id, partner_reference, shipping_address, quantity, notes) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(&order.partner_reference)
        .bind(&order.shipping_address)
        .bind(order.quantity)
        .bind(&order.notes)
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not store the order"))?;
    Ok(HttpResponse::Accepted().json(id))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(receive_order))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
