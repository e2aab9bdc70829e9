//! Raw document uploads through `web::Bytes` with a 2 GiB payload limit.

use actix_web::{web, App, HttpResponse, HttpServer};

async fn upload_document(body: web::Bytes) -> HttpResponse {
    HttpResponse::Created().body(body.len().to_string())
}

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .app_data(web::PayloadConfig::new(2 * 1024 * 1024 * 1024)) //~ unbounded_body
            .route("/documents", web::post().to(upload_document))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
