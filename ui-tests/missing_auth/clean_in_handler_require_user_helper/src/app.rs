use axum::routing::{get, post};
use axum::Router;

use crate::routes::invoices;
use crate::AppState;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/invoices", get(invoices::list))
        .route("/invoices/{invoice_id}/send", post(invoices::send))
        .with_state(state)
}
