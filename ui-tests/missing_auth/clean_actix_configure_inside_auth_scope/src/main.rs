mod auth;
mod projects;
mod reports;

use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::middleware::HttpAuthentication;
use sqlx::PgPool;

#[derive(Clone)]
pub struct Settings {
    pub revenue_reports: bool,
}

#[get("/ping")]
async fn ping() -> HttpResponse {
    HttpResponse::Ok().body("pong")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let settings = Settings { revenue_reports: std::env::var("REVENUE_REPORTS").is_ok() };

    HttpServer::new(move || {
        let settings = settings.clone();
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .wrap(HttpAuthentication::bearer(auth::validate_token))
                    .configure(projects::configure)
                    .configure(move |cfg| reports::configure(cfg, &settings)),
            )
            .service(ping)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
