use actix_cors::Cors;
use actix_web::http::header;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/announcements")]
#[launchlint::public(reason = "product announcements are public")]
async fn announcements() -> impl Responder {
    HttpResponse::Ok().json(serde_json::json!([{ "title": "Invoices now support PDF export" }]))
}

fn cors() -> Cors {
    Cors::default()
        .allowed_origin("*") //~ cors_wildcard_credentials
        .allowed_methods(vec!["GET", "POST"])
        .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])
        .supports_credentials()
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().wrap(cors()).service(announcements))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
