use actix_cors::Cors;
use actix_web::http::header;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/currencies")]
#[launchlint::public(reason = "currency list for the public pricing page")]
async fn currencies() -> impl Responder {
    HttpResponse::Ok().json(["EUR", "USD", "GBP"])
}

fn cors() -> Cors {
    Cors::default()
        .allowed_origin_fn(|origin, _req_head| {
            origin == "https://app.example.com" || origin == "https://admin.example.com"
        })
        .allowed_methods(vec!["GET", "POST"])
        .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])
        .supports_credentials()
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().wrap(cors()).service(currencies))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
