use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    dotenvy::dotenv().ok();
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    HttpServer::new(|| App::new().route("/health", web::get().to(|| async { "ok" })))
        .bind(("0.0.0.0", port))?
        .run()
        .await
}
