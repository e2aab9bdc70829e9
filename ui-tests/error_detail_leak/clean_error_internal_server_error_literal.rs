//! Reports (actix-web): the 5xx helpers get fixed text; the error itself is logged.

use actix_web::error::{ErrorInternalServerError, ErrorServiceUnavailable};
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;

const RETRY_LATER: &str = "the reporting database is busy, retry in a minute";

#[get("/reports/revenue")]
async fn revenue(pool: web::Data<PgPool>, _auth: BearerAuth) -> actix_web::Result<HttpResponse> {
    let mut conn = pool.acquire().await.map_err(|e| {
        tracing::warn!(error = %e, "no connection for the revenue report");
        ErrorServiceUnavailable(RETRY_LATER)
    })?;
    let (total,): (i64,) = sqlx::query_as("SELECT coalesce(sum(amount_cents), 0) FROM payments")
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| {
            tracing::error!(error = ?e, "revenue report failed");
            ErrorInternalServerError("could not compute the report")
        })?;
    Ok(HttpResponse::Ok().json(total))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(revenue))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
