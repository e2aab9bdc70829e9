use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/locales")]
#[launchlint::public(reason = "the language switcher loads before sign-in")]
async fn locales() -> impl Responder {
    HttpResponse::Ok().json(["en", "de", "fr", "ja"])
}

fn cors() -> Cors {
    let cors = Cors::default().allowed_methods(vec!["GET", "POST", "DELETE"]);
    let cors = cors.allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE]);
    let cors = cors.allow_any_origin(); //~ cors_wildcard_credentials
    let cors = cors.supports_credentials();
    cors.max_age(600)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .wrap(cors())
            .wrap(Logger::default())
            .service(locales)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
