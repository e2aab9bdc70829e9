//! Exports (actix-web): every `?` turns into a 500 whose body is the error's message.

use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;

#[get("/exports/customers.csv")]
async fn export_customers(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
) -> Result<HttpResponse, Box<dyn std::error::Error>> { //~ error_detail_leak
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT name, email FROM customers ORDER BY name")
        .fetch_all(pool.get_ref())
        .await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    for (name, email) in rows {
        writer.write_record([name, email])?;
    }
    Ok(HttpResponse::Ok().content_type("text/csv").body(writer.into_inner()?))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(export_customers))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
