//! Exports (actix-web): a hand-written `Display` with fixed text per variant, rendered by the
//! default `error_response`.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::{get, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;

#[derive(Debug)]
pub enum ExportError {
    TooLarge,
    Storage(sqlx::Error),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::TooLarge => f.write_str("the export is too large; narrow the date range"),
            ExportError::Storage(_) => write!(f, "the export could not be generated"),
        }
    }
}

impl ResponseError for ExportError {
    fn status_code(&self) -> StatusCode {
        match self {
            ExportError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ExportError::Storage(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[get("/exports/orders.csv")]
async fn export_orders(pool: web::Data<PgPool>, _auth: BearerAuth) -> Result<HttpResponse, ExportError> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT number, total_cents FROM orders ORDER BY placed_at")
        .fetch_all(pool.get_ref())
        .await
        .map_err(ExportError::Storage)?;
    if rows.len() > 100_000 {
        return Err(ExportError::TooLarge);
    }
    let csv: String = rows.iter().map(|(number, total)| format!("{number},{total}\n")).collect();
    Ok(HttpResponse::Ok().content_type("text/csv").body(csv))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(export_orders))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
