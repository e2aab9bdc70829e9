use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{get, App, HttpResponse, HttpServer, Responder};

#[get("/api/widget/theme")]
#[launchlint::public(reason = "widget theme is fetched by customer sites before sign-in")]
async fn widget_theme() -> impl Responder {
    HttpResponse::Ok().json(serde_json::json!({ "accent": "#0f766e", "radius": 8 }))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        let cors = Cors::default()
            .allowed_origin_fn(|_origin, _req_head| true) //~ cors_wildcard_credentials
            .allow_any_method()
            .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])
            .supports_credentials()
            .max_age(3600);

        App::new()
            .wrap(cors)
            .wrap(Logger::default())
            .service(widget_theme)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
