use axum::{middleware, Router};
use tower_http::trace::TraceLayer;

use crate::state::AppState;
use crate::{auth, routes};

pub fn router(state: AppState) -> Router {
    Router::new()
        .nest("/workspaces/{workspace_id}/projects", routes::projects::router())
        .merge(routes::invoices::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_member))
        // Probes from the load balancer carry no session.
        .merge(routes::health::router())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
