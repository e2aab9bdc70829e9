use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};
use serde::Serialize;

#[derive(Serialize)]
struct Plan {
    code: &'static str,
    monthly_price_cents: u32,
}

#[get("/api/plans")]
#[launchlint::public(reason = "pricing plans are listed on the marketing site")]
async fn list_plans() -> impl Responder {
    HttpResponse::Ok().json([
        Plan { code: "starter", monthly_price_cents: 1_900 },
        Plan { code: "business", monthly_price_cents: 9_900 },
    ])
}

fn cors() -> Cors {
    Cors::default()
        .allow_any_origin() //~ cors_wildcard_credentials
        .allowed_methods(vec!["GET", "POST", "PUT", "DELETE"])
        .allowed_headers(vec![header::AUTHORIZATION, header::ACCEPT])
        .allowed_header(header::CONTENT_TYPE)
        .supports_credentials()
        .max_age(3600)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .wrap(cors())
            .wrap(Logger::default())
            .service(list_plans)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
