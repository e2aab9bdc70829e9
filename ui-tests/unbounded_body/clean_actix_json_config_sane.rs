//! JSON bodies up to 256 kB, with a custom error.

use actix_web::error::InternalError;
use actix_web::{web, App, HttpResponse, HttpServer};

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .app_data(
                web::JsonConfig::default()
                    .limit(256 * 1024)
                    .error_handler(|err, _req| InternalError::from_response(err, HttpResponse::BadRequest().finish()).into()),
            )
            .app_data(web::FormConfig::default().limit(32 * 1024))
            .route("/health", web::get().to(|| async { "ok" }))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
