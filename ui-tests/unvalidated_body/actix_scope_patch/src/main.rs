mod settings;

use actix_web::{web, App, HttpServer};
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || {
        App::new().app_data(web::Data::new(pool.clone())).service(
            web::scope("/api/v2").service(
                web::resource("/orgs/{org_id}/billing-settings")
                    .route(web::get().to(settings::handlers::show))
                    .route(web::patch().to(settings::handlers::update)),
            ),
        )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
