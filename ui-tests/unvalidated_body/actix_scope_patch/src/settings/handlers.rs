use actix_web::{web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;
use uuid::Uuid;

use super::model::{BillingSettings, BillingSettingsPatch};

pub async fn show(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let settings: BillingSettings =
        sqlx::query_as("SELECT invoice_prefix, payment_terms_days, footer FROM billing_settings WHERE org_id = $1")
            .bind(path.into_inner())
            .fetch_one(pool.get_ref())
            .await
            .map_err(|_| actix_web::error::ErrorNotFound("no billing settings"))?;
    Ok(HttpResponse::Ok().json(settings))
}

pub async fn update(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    patch: web::Json<BillingSettingsPatch>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    sqlx::query(
        "UPDATE billing_settings SET invoice_prefix = COALESCE($1, invoice_prefix), \
         payment_terms_days = COALESCE($2, payment_terms_days), footer = COALESCE($3, footer) WHERE org_id = $4",
    )
    .bind(&patch.invoice_prefix)
    .bind(patch.payment_terms_days)
    .bind(&patch.footer)
    .bind(path.into_inner())
    .execute(pool.get_ref())
    .await
    .map_err(|_| actix_web::error::ErrorInternalServerError("could not update the settings"))?;
    Ok(HttpResponse::NoContent().finish())
}
