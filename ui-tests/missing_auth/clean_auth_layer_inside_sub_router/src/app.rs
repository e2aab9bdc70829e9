use axum::{middleware, Router};
use tower_http::trace::TraceLayer;

use crate::state::AppState;
use crate::{auth, routes};

pub fn router(state: AppState) -> Router {
    Router::new()
        .nest("/workspaces/{workspace_id}/projects", routes::projects::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_member))
        // The members router brings its own session layer (see routes/members.rs).
        .merge(routes::members::router(state.clone()))
        .merge(routes::sessions::router())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
