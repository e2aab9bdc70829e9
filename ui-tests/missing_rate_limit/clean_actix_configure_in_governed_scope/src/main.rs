mod accounts;

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpServer};
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let account_limits = GovernorConfigBuilder::default()
        .requests_per_minute(15)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/accounts")
                    .wrap(Governor::new(&account_limits))
                    .configure(accounts::configure),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
