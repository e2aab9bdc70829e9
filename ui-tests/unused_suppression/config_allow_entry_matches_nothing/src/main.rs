use actix_cors::Cors;
use actix_web::{App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let cors = Cors::default().allowed_origin("https://partners.example.com").supports_credentials();
        App::new().wrap(cors)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
