use actix_cors::Cors;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};
use serde::Serialize;

#[derive(Serialize)]
struct BuildInfo {
    version: &'static str,
}

#[get("/api/version")]
#[launchlint::public(reason = "the build version is shown on the public status page")]
async fn build_info() -> impl Responder {
    HttpResponse::Ok().json(BuildInfo { version: env!("CARGO_PKG_VERSION") })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let bind_addr = std::env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:8080".to_owned());

    HttpServer::new(|| {
        App::new()
            .wrap(Cors::permissive()) //~ cors_wildcard_credentials
            .wrap(Logger::default())
            .service(build_info)
    })
    .bind(bind_addr)?
    .run()
    .await
}
