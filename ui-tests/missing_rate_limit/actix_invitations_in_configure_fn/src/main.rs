mod auth;
mod invitations;

use actix_web::middleware::Logger;
use actix_web::{web, App, HttpServer};
use actix_web_httpauth::middleware::HttpAuthentication;
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .wrap(HttpAuthentication::bearer(auth::validate_token))
                    .configure(invitations::team_routes),
            )
            .configure(invitations::public_routes)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
