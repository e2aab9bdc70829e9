//! Pages our customers' customers see: reached through signed links, no account.

use actix_web::{get, web, HttpResponse};
use chrono::NaiveDate;
use serde::Serialize;

use crate::db;
use crate::db::invoices::Invoice;
use crate::error::{ApiError, ApiResult};
use crate::{links, AppState};

#[derive(Debug, Serialize)]
struct PublicInvoice {
    number: String,
    status: String,
    currency: String,
    amount_cents: i64,
    due_at: NaiveDate,
}

impl From<Invoice> for PublicInvoice {
    fn from(invoice: Invoice) -> Self {
        Self {
            number: invoice.number,
            status: invoice.status,
            currency: invoice.currency,
            amount_cents: invoice.amount_cents,
            due_at: invoice.due_at,
        }
    }
}

async fn invoice_for_link(state: &AppState, token: &str) -> ApiResult<Invoice> {
    let claims = links::verify(token)?;
    db::invoices::find(&state.db, claims.org_id, claims.invoice_id)
        .await?
        .ok_or(ApiError::NotFound)
}

#[launchlint::public(reason = "hosted invoice page; the signed link is the credential")] // launchlint-demo: safe missing_auth
#[get("/pay/{token}")]
pub async fn hosted_invoice(state: web::Data<AppState>, path: web::Path<String>) -> ApiResult<HttpResponse> {
    let invoice = invoice_for_link(&state, &path).await?;
    Ok(HttpResponse::Ok().json(PublicInvoice::from(invoice)))
}

#[get("/invoices/{token}/status")]
#[launchlint::public(reason = "checkout widget polls payment status; the signed link is the credential")] // launchlint-demo: safe missing_auth
pub async fn embed_status(state: web::Data<AppState>, path: web::Path<String>) -> ApiResult<HttpResponse> {
    let invoice = invoice_for_link(&state, &path).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "status": invoice.status })))
}
