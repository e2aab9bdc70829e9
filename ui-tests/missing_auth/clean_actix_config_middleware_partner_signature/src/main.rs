mod orders;

use actix_web::middleware::{from_fn, Logger};
use actix_web::{web, App, HttpServer};
use partner_gateway::actix::require_partner_signature;
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/partners/{partner_id}")
                    .wrap(from_fn(require_partner_signature))
                    .service(orders::list_open_orders)
                    .service(orders::confirm_shipment),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
