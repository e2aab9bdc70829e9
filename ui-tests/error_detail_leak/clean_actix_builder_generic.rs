//! Usage metering (actix-web): the database error is logged, the body is generic.

use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

#[get("/accounts/{account_id}/usage")]
async fn usage(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> HttpResponse {
    let account_id = path.into_inner();
    let rows: Result<Vec<(String, i64)>, sqlx::Error> =
        sqlx::query_as("SELECT metric, sum(quantity) FROM usage_events WHERE account_id = $1 GROUP BY metric")
            .bind(account_id)
            .fetch_all(pool.get_ref())
            .await;
    match rows {
        Ok(usage) => HttpResponse::Ok().json(usage),
        Err(err) => {
            tracing::error!(error = %err, %account_id, "usage aggregation failed");
            HttpResponse::InternalServerError().json(json!({ "error": "could not aggregate usage" }))
        }
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(usage))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
