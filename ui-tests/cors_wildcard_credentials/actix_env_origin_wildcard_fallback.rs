use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/tags")]
#[launchlint::public(reason = "the tag cloud is shown to signed-out readers")]
async fn popular_tags() -> impl Responder {
    HttpResponse::Ok().json(["rust", "webdev", "databases"])
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let cors = Cors::default()
            .allowed_origin(&std::env::var("ALLOWED_ORIGIN").unwrap_or_else(|_| "*".into())) //~ cors_wildcard_credentials
            .allowed_methods(vec!["GET", "POST", "PUT", "DELETE"])
            .allowed_headers(vec![header::AUTHORIZATION, header::ACCEPT, header::CONTENT_TYPE])
            .supports_credentials()
            .max_age(3600);

        App::new()
            .wrap(cors)
            .wrap(Logger::default())
            .service(popular_tags)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
