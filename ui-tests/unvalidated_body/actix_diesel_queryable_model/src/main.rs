mod models;
mod schema;
mod vehicles;

use actix_web::{web, App, HttpServer};
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::PgConnection;

pub type DbPool = Pool<ConnectionManager<PgConnection>>;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let manager = ConnectionManager::<PgConnection>::new(std::env::var("DATABASE_URL").expect("DATABASE_URL"));
    let pool: DbPool = Pool::builder().build(manager).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).configure(vehicles::configure))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
