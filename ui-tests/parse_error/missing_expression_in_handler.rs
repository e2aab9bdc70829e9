//! Invoice totals endpoint, mid-refactor: the discount expression was never finished.

use axum::extract::{Path, State};
use axum::Json;

use crate::billing::{AppState, InvoiceTotal};

pub async fn invoice_total(State(state): State<AppState>, Path(invoice_id): Path<i64>) -> Json<InvoiceTotal> {
    let invoice = state.invoices.get(invoice_id).await;
    let discount = ; //~ parse_error
    Json(InvoiceTotal { amount: invoice.amount - discount })
}
