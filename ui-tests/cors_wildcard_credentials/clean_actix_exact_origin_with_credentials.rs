use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/features")]
#[launchlint::public(reason = "feature flags for signed-out visitors")]
async fn public_features() -> impl Responder {
    HttpResponse::Ok().json(serde_json::json!({ "dark_mode": true, "new_editor": false }))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let cors = Cors::default()
            .allowed_origin("https://app.example.com")
            .allowed_methods(vec!["GET", "POST", "PUT", "DELETE"])
            .allowed_headers(vec![header::AUTHORIZATION, header::ACCEPT])
            .allowed_header(header::CONTENT_TYPE)
            .supports_credentials()
            .max_age(3600);

        App::new()
            .wrap(cors)
            .wrap(Logger::default())
            .service(public_features)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
