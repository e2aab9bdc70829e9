mod models;
mod schema;
mod vehicles;

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::{web, App, HttpServer};
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::PgConnection;

pub type DbPool = Pool<ConnectionManager<PgConnection>>;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let manager = ConnectionManager::<PgConnection>::new(std::env::var("DATABASE_URL").expect("DATABASE_URL"));
    let pool: DbPool = Pool::builder().build(manager).expect("pool");
    let limits = GovernorConfigBuilder::default().requests_per_second(2).burst_size(5).finish().expect("valid limits");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Governor::new(&limits))
            .configure(vehicles::configure)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
