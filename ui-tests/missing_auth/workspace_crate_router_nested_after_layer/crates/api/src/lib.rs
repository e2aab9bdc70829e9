//! The reporting API consumed by the dashboard and by customers' BI tools.

mod reports;

use axum::routing::get;
use axum::Router;

pub fn routes() -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/reports/revenue", get(reports::revenue))
        .route("/workspaces/{workspace_id}/reports/revenue.csv", get(reports::revenue_csv))
}
