use actix_web::{get, web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;
use uuid::Uuid;

use crate::error::LedgerError;

#[get("/accounts/{account_id}/balance")]
pub async fn balance(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> Result<HttpResponse, LedgerError> {
    let (cents,): (i64,) = sqlx::query_as("SELECT coalesce(sum(amount_cents), 0) FROM entries WHERE account_id = $1")
        .bind(path.into_inner())
        .fetch_one(pool.get_ref())
        .await
        .map_err(|source| LedgerError { operation: "balance", source })?;
    Ok(HttpResponse::Ok().json(cents))
}
