//! Receipt images through `web::Bytes`, 10 MB each.

use actix_web::{web, HttpResponse};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/receipts")
            .app_data(web::PayloadConfig::new(10 * 1024 * 1024))
            .route(web::post().to(upload_receipt)),
    );
}

async fn upload_receipt(body: web::Bytes) -> HttpResponse {
    HttpResponse::Created().body(body.len().to_string())
}
