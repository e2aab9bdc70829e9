//! Usage metering (actix-web): a failed aggregation answers with the database's message.

use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
pub struct Usage {
    pub metric: String,
    pub total: i64,
}

#[get("/accounts/{account_id}/usage")]
async fn usage(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> HttpResponse {
    let rows: Result<Vec<Usage>, sqlx::Error> =
        sqlx::query_as("SELECT metric, sum(quantity) AS total FROM usage_events WHERE account_id = $1 GROUP BY metric")
            .bind(path.into_inner())
            .fetch_all(pool.get_ref())
            .await;
    match rows {
        Ok(usage) => HttpResponse::Ok().json(usage),
        Err(err) => HttpResponse::InternalServerError().body(format!("could not aggregate usage: {err}")), //~ error_detail_leak
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
