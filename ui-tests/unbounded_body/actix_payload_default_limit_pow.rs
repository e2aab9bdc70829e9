//! Backups uploaded as one payload, limit computed with `pow`.

use actix_web::{web, HttpResponse};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/backups")
            .app_data(web::PayloadConfig::default().limit(1024usize.pow(4))) //~ unbounded_body
            .route(web::post().to(receive_backup)),
    );
}

async fn receive_backup(body: web::Bytes) -> HttpResponse {
    HttpResponse::Accepted().body(body.len().to_string())
}
