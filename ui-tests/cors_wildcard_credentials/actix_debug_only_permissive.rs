use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/regions")]
#[launchlint::public(reason = "the region picker on the sign-up page needs it")]
async fn regions() -> impl Responder {
    HttpResponse::Ok().json(["eu-west", "us-east", "ap-south"])
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let cors = if cfg!(debug_assertions) {
            // local front-end dev servers run on arbitrary ports
            Cors::permissive() //~ cors_wildcard_credentials
        } else {
            Cors::default()
                .allowed_origin("https://app.example.com")
                .allowed_methods(vec!["GET", "POST", "PATCH", "DELETE"])
                .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])
                .supports_credentials()
        };

        App::new()
            .wrap(cors)
            .wrap(Logger::default())
            .service(regions)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
