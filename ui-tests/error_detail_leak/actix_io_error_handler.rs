//! Invoice PDFs (actix-web): `std::io::Error` is a `ResponseError` whose body is its message,
//! including the path of the file that could not be read.

use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;

#[get("/invoices/{number}/pdf")]
async fn invoice_pdf(_auth: BearerAuth, number: web::Path<String>) -> Result<HttpResponse, std::io::Error> { //~ error_detail_leak
    let number = number.into_inner();
    if !number.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Ok(HttpResponse::BadRequest().finish());
    }
    let pdf = tokio::fs::read(format!("/var/lib/billing/pdf/{number}.pdf")).await?;
    Ok(HttpResponse::Ok().content_type("application/pdf").body(pdf))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().service(invoice_pdf)).bind(("0.0.0.0", 8080))?.run().await
}
