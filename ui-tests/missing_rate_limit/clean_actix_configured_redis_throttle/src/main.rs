mod accounts;
mod throttle;

use actix_web::middleware::{from_fn, Logger};
use actix_web::{web, App, HttpServer};
use deadpool_redis::{Config, Runtime};
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let redis_url = std::env::var("REDIS_URL").expect("REDIS_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let redis = Config::from_url(redis_url)
        .create_pool(Some(Runtime::Tokio1))
        .expect("valid redis settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .app_data(web::Data::new(redis.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/accounts")
                    .wrap(from_fn(throttle::redis_throttle))
                    .configure(accounts::routes),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
