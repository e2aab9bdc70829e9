use axum::Router;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use tower_http::trace::TraceLayer;

use crate::routes::{sessions, workspaces};
use crate::AppState;

pub fn build(state: AppState) -> Router {
    // One limiter for the whole API, added last so it wraps every route merged or nested above.
    let limits = GovernorConfigBuilder::default()
        .per_millisecond(500)
        .burst_size(20)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .nest("/workspaces/{workspace_id}", workspaces::router())
        .merge(sessions::router())
        .layer(GovernorLayer::new(limits))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
