use actix_cors::Cors;
use actix_web::http::header;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/changelog")]
#[launchlint::public(reason = "the changelog feed is public")]
async fn changelog() -> impl Responder {
    HttpResponse::Ok().json(serde_json::json!([{ "version": "2.4.0", "notes": "Faster search" }]))
}

fn cors() -> Cors {
    Cors::default()
        .supports_credentials()
        .allowed_methods(vec!["GET", "POST"])
        .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])
        .allow_any_origin() //~ cors_wildcard_credentials
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().wrap(cors()).service(changelog))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
