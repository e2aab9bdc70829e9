//! Coupons (actix-web): only client-error variants interpolate, and what they interpolate is the
//! client's own input; the database variant has a fixed message.

use actix_web::http::StatusCode;
use actix_web::{post, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;

#[derive(Debug, thiserror::Error)]
pub enum CouponError {
    #[error("coupon {0} does not exist")]
    Unknown(String),
    #[error("coupon {code} expired on {expired_on}")]
    Expired { code: String, expired_on: String },
    #[error("could not redeem the coupon")]
    Database(#[from] sqlx::Error),
}

impl ResponseError for CouponError {
    fn status_code(&self) -> StatusCode {
        match self {
            CouponError::Unknown(_) => StatusCode::NOT_FOUND,
            CouponError::Expired { .. } => StatusCode::GONE,
            CouponError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[post("/coupons/{code}/redeem")]
async fn redeem(pool: web::Data<PgPool>, _auth: BearerAuth, code: web::Path<String>) -> Result<HttpResponse, CouponError> {
    let code = code.into_inner();
    let row: Option<(String, bool)> = sqlx::query_as("SELECT to_char(expires_on, 'YYYY-MM-DD'), expires_on < now() FROM coupons WHERE code = $1")
        .bind(&code)
        .fetch_optional(pool.get_ref())
        .await?;
    match row {
        None => Err(CouponError::Unknown(code)),
        Some((expired_on, true)) => Err(CouponError::Expired { code, expired_on }),
        Some(_) => Ok(HttpResponse::NoContent().finish()),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(redeem))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
