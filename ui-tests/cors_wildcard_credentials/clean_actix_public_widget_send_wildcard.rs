use actix_cors::Cors;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};
use serde::Serialize;

#[derive(Serialize)]
struct ProofOfWorkConfig {
    difficulty: u32,
    salt_length: usize,
}

#[get("/api/v1/pow/config")]
#[launchlint::public(reason = "the captcha widget runs on third-party forms")]
async fn pow_config() -> impl Responder {
    HttpResponse::Ok().json(ProofOfWorkConfig { difficulty: 50_000, salt_length: 32 })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let widget_cors = Cors::default()
            .allow_any_origin()
            .send_wildcard()
            .allowed_methods(vec!["GET"])
            .max_age(86_400);

        App::new().wrap(widget_cors).service(pow_config)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
