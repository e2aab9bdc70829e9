use axum::routing::{get, post};
use axum::{middleware, Router};

use crate::{auth, subscriptions, webhooks, AppState};

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/subscriptions", get(subscriptions::list))
        .route("/subscriptions/{subscription_id}/cancel", post(subscriptions::cancel))
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_member))
        .nest("/webhooks", webhooks::router())
        .with_state(state)
}
