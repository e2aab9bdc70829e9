use std::fmt::Write as _;

use actix_web::http::header::ContentType;
use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::invoices::InvoiceSort;
use crate::error::ApiResult;
use crate::AppState;

/// Accounts-receivable aging, grouped by days past due.
#[get("/orgs/{org_id}/reports/aging")]
pub async fn aging_report(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let org_id = path.into_inner();
    require_member(&state, org_id, &user).await?;
    Ok(match db::invoices::aging(&state.db, org_id).await {
        Ok(buckets) => HttpResponse::Ok().json(buckets),
        Err(e) => HttpResponse::InternalServerError().body(e.to_string()), // launchlint-demo: finding error_detail_leak
    })
}

/// CSV for the accountant's spreadsheet; linked from the invoices page.
#[get("/exports/orgs/{org_id}/invoices.csv")]
pub async fn invoice_export(state: web::Data<AppState>, path: web::Path<Uuid>) -> ApiResult<HttpResponse> { // launchlint-demo: finding missing_auth
    let org_id = path.into_inner();
    let invoices = db::invoices::list(&state.db, org_id, InvoiceSort::DueDate).await?;

    let mut csv = String::from("number,status,currency,amount_cents,due_at\n");
    for invoice in &invoices {
        let _ = writeln!(
            csv,
            "{},{},{},{},{}",
            invoice.number, invoice.status, invoice.currency, invoice.amount_cents, invoice.due_at
        );
    }
    Ok(HttpResponse::Ok()
        .content_type(ContentType(mime_csv()))
        .insert_header(("Content-Disposition", "attachment; filename=\"invoices.csv\""))
        .body(csv))
}

fn mime_csv() -> actix_web::mime::Mime {
    "text/csv".parse().expect("valid mime type")
}
