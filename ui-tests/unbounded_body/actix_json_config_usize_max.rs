//! Bulk invoice import accepts any JSON body size.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct InvoiceRow {
    pub customer_id: i64,
    pub amount_cents: i64,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/invoices/import")
            .app_data(web::JsonConfig::default().limit(usize::MAX)) //~ unbounded_body
            .route(web::post().to(import)),
    );
}

async fn import(rows: web::Json<Vec<InvoiceRow>>) -> HttpResponse {
    HttpResponse::Accepted().body(rows.len().to_string())
}
