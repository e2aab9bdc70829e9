use axum::{middleware, Router};
use tower_http::trace::TraceLayer;

use crate::state::AppState;
use crate::{auth, routes};

pub fn router(state: AppState) -> Router {
    Router::new()
        .nest("/workspaces/{workspace_id}/projects", routes::projects::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_member))
        // Public pages: sign-in and the marketing site's pricing table.
        .merge(routes::public::router())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
