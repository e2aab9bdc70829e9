use axum::routing::get;
use axum::Router;

async fn list_invoices() -> &'static str {
    "[]"
}

pub fn router() -> Router {
    Router::new().route("/invoices", get(list_invoices))
}
