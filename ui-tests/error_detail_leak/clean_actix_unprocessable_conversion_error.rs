//! File conversion (actix-web): a conversion error describes the uploaded file, so it is sent
//! with a 422; the details are logged too.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;

#[post("/conversions/pdf")]
async fn convert_to_pdf(_auth: BearerAuth, body: web::Bytes) -> HttpResponse {
    match docconv::to_pdf(&body) {
        Ok(pdf) => HttpResponse::Ok().content_type("application/pdf").body(pdf),
        Err(conversion_error) => {
            tracing::error!(error = ?conversion_error, size = body.len(), "conversion failed");
            HttpResponse::UnprocessableEntity().json(json!({ "error": conversion_error.to_string() }))
        }
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().service(convert_to_pdf)).bind(("0.0.0.0", 8080))?.run().await
}
