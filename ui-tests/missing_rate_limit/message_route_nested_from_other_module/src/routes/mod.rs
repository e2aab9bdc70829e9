pub mod conversations;
pub mod sessions;

use axum::{middleware, Router};

use crate::auth::require_user;
use crate::state::AppState;

pub fn api_router(state: AppState) -> Router<AppState> {
    Router::new()
        .nest("/conversations", conversations::router())
        .route_layer(middleware::from_fn_with_state(state, require_user))
}
