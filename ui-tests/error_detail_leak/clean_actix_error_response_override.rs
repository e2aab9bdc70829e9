//! Payouts (actix-web): `error_response` sends a fixed body for the 5xx variants.

use actix_web::http::StatusCode;
use actix_web::{get, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;
use sqlx::PgPool;

#[derive(Debug, thiserror::Error)]
pub enum PayoutError {
    #[error("payout {0} not found")]
    NotFound(String),
    #[error("could not load payouts: {0}")]
    Database(#[from] sqlx::Error),
}

impl ResponseError for PayoutError {
    fn status_code(&self) -> StatusCode {
        match self {
            PayoutError::NotFound(_) => StatusCode::NOT_FOUND,
            PayoutError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            PayoutError::NotFound(reference) => format!("payout {reference} not found"),
            PayoutError::Database(_) => {
                tracing::error!(error = ?self, "payout query failed");
                "internal server error".to_owned()
            }
        };
        HttpResponse::build(self.status_code()).json(json!({ "error": message }))
    }
}

#[get("/payouts/{reference}")]
async fn payout(pool: web::Data<PgPool>, _auth: BearerAuth, reference: web::Path<String>) -> Result<HttpResponse, PayoutError> {
    let reference = reference.into_inner();
    let row: Option<(i64,)> = sqlx::query_as("SELECT amount_cents FROM payouts WHERE reference = $1")
        .bind(&reference)
        .fetch_optional(pool.get_ref())
        .await?;
    let (amount,) = row.ok_or(PayoutError::NotFound(reference))?;
    Ok(HttpResponse::Ok().json(amount))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(payout))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
