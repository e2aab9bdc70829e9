//! Instrumented business logic with ordinary arguments.

use uuid::Uuid;

#[tracing::instrument]
pub async fn archive_invoice(org_id: Uuid, invoice_id: Uuid, reason: String) {
    crate::invoices::archive(org_id, invoice_id, &reason).await;
}

#[tracing::instrument(ret)]
pub fn invoice_total(lines: Vec<i64>) -> i64 {
    lines.iter().sum()
}
