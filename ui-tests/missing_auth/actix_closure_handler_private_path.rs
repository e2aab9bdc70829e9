//! Worker control plane (actix-web), written inline.

use actix_web::middleware::Logger;
use actix_web::{web, App, HttpResponse, HttpServer};
use serde_json::json;
use sqlx::PgPool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .route("/health", web::get().to(|| async { HttpResponse::Ok().body("ok") }))
            .route(
                "/admin/jobs/purge-failed",
                web::post().to(|pool: web::Data<PgPool>| async move { //~ missing_auth
                    match sqlx::query("DELETE FROM background_jobs WHERE state = 'failed'")
                        .execute(pool.get_ref())
                        .await
                    {
                        Ok(done) => HttpResponse::Ok().json(json!({ "purged": done.rows_affected() })),
                        Err(_) => HttpResponse::InternalServerError().finish(),
                    }
                }),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
