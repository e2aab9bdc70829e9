//! Public status pages (actix-web): shown to customers without an account.

use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use serde::Serialize;
use sqlx::PgPool;

#[derive(Serialize, sqlx::FromRow)]
struct Incident {
    title: String,
    severity: String,
    started_at: String,
    last_update: String,
}

#[derive(Serialize, sqlx::FromRow)]
struct Release {
    version: String,
    released_on: String,
    notes_markdown: String,
}

#[launchlint::public(reason = "the status page must work for customers who cannot sign in")]
#[get("/incidents/current")]
async fn current_incidents(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let incidents: Vec<Incident> = sqlx::query_as(
        "SELECT title, severity, to_char(started_at, 'YYYY-MM-DD HH24:MI') AS started_at, last_update \
         FROM incidents WHERE resolved_at IS NULL AND published ORDER BY started_at DESC",
    )
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("status unavailable"))?;
    Ok(HttpResponse::Ok().json(incidents))
}

#[get("/changelog")]
#[launchlint::public(reason = "release notes are linked from the marketing site")]
async fn changelog(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let releases: Vec<Release> = sqlx::query_as(
        "SELECT version, to_char(released_on, 'YYYY-MM-DD') AS released_on, notes_markdown \
         FROM releases WHERE published ORDER BY released_on DESC LIMIT 20",
    )
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("changelog unavailable"))?;
    Ok(HttpResponse::Ok().json(releases))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(current_incidents)
            .service(changelog)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
