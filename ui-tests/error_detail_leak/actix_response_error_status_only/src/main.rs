mod error;
mod files;

use actix_web::{App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().service(files::download)).bind(("0.0.0.0", 8080))?.run().await
}
