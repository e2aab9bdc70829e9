//! actix's default extractor limits (2 MB JSON, 16 kB forms, 256 kB payloads) are kept.

use actix_web::{web, App, HttpServer};

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .app_data(web::JsonConfig::default())
            .app_data(web::PayloadConfig::default())
            .route("/health", web::get().to(|| async { "ok" }))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
