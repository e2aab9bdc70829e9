use actix_web::{get, post, web, HttpResponse};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{require_editor, require_member};
use crate::auth::AuthUser;
use crate::db;
use crate::db::invoices::{InvoiceFilter, NewInvoice};
use crate::error::{ApiError, ApiResult};
use crate::{links, AppState};

#[get("/orgs/{org_id}/invoices")]
pub async fn list_invoices(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    query: web::Query<InvoiceFilter>,
) -> ApiResult<HttpResponse> {
    let org_id = path.into_inner();
    require_member(&state, org_id, &user).await?;
    let invoices = if query.status.is_some() || query.currency.is_some() {
        db::invoices::search(&state.db, org_id, &query).await?
    } else {
        db::invoices::list(&state.db, org_id, query.sort).await?
    };
    Ok(HttpResponse::Ok().json(invoices))
}

#[get("/orgs/{org_id}/invoices/{invoice_id}")]
pub async fn show_invoice(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (org_id, invoice_id) = path.into_inner();
    require_member(&state, org_id, &user).await?;
    let invoice = db::invoices::find(&state.db, org_id, invoice_id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(invoice))
}

#[derive(Debug, Deserialize)]
pub struct CreateInvoice {
    pub customer_id: Uuid,
    pub number: String,
    pub currency: String,
    pub amount_cents: i64,
    pub due_at: NaiveDate,
}

impl CreateInvoice {
    fn validate(&self) -> ApiResult<()> {
        if self.number.trim().is_empty() || self.number.len() > 32 {
            return Err(ApiError::BadRequest("invoice number must be 1-32 characters"));
        }
        if self.currency.len() != 3 || !self.currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(ApiError::BadRequest("currency must be an ISO 4217 code"));
        }
        if !(0..=1_000_000_000_00).contains(&self.amount_cents) {
            return Err(ApiError::BadRequest("amount is out of range"));
        }
        Ok(())
    }

    fn as_new(&self) -> NewInvoice<'_> {
        NewInvoice {
            customer_id: self.customer_id,
            number: self.number.trim(),
            currency: &self.currency,
            amount_cents: self.amount_cents,
            due_at: self.due_at,
        }
    }
}

pub async fn create_invoice(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    body: web::Json<CreateInvoice>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let org_id = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    let invoice = db::invoices::create(&state.db, org_id, &body.as_new()).await?;
    Ok(HttpResponse::Created().json(invoice))
}

/// Migration from the previous billing provider: thousands of invoices in one request.
pub async fn import_invoices(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    body: web::Json<Vec<CreateInvoice>>,
) -> ApiResult<HttpResponse> {
    let org_id = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    for row in body.iter() {
        row.validate()?;
    }
    for row in body.iter() {
        db::invoices::create(&state.db, org_id, &row.as_new()).await?;
    }
    tracing::info!(%org_id, count = body.len(), "invoices imported");
    Ok(HttpResponse::Created().json(body.len()))
}

#[post("/orgs/{org_id}/invoices/{invoice_id}/mark-paid")]
pub async fn mark_paid(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (org_id, invoice_id) = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    let invoice = db::invoices::mark_paid(&state.db, org_id, invoice_id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(invoice))
}

#[post("/orgs/{org_id}/invoices/{invoice_id}/void")]
pub async fn void_invoice(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (org_id, invoice_id) = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    let invoice = db::invoices::void(&state.db, invoice_id).await?.ok_or(ApiError::NotFound)?;
    tracing::info!(%org_id, %invoice_id, by = %user.id, "invoice voided");
    Ok(HttpResponse::Ok().json(invoice))
}

#[derive(Debug, Serialize)]
struct ShareLink {
    url: String,
}

#[post("/orgs/{org_id}/invoices/{invoice_id}/share")]
pub async fn share_invoice(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (org_id, invoice_id) = path.into_inner();
    require_member(&state, org_id, &user).await?;
    db::invoices::find(&state.db, org_id, invoice_id).await?.ok_or(ApiError::NotFound)?;
    let token = links::sign(org_id, invoice_id)?;
    let url = format!("{}/pay/{token}", state.config.public_base_url);
    Ok(HttpResponse::Ok().json(ShareLink { url }))
}

#[derive(Debug, Serialize)]
struct InvoiceStatus {
    status: String,
    amount_cents: Option<i64>,
}

/// Polled by the status badge on the dashboard and the marketing site.
#[get("/orgs/{org_id}/invoices/{invoice_id}/status")]
pub async fn invoice_status( // launchlint-demo: finding missing_auth
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
    user: Option<AuthUser>,
) -> ApiResult<HttpResponse> {
    let (_org_id, invoice_id) = path.into_inner();
    let invoice = db::invoices::find_by_id(&state.db, invoice_id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(InvoiceStatus {
        status: invoice.status,
        amount_cents: user.map(|_| invoice.amount_cents),
    }))
}
