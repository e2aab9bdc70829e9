use std::time::Duration;

use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::routing::get;
use axum::{middleware, Router};
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::state::AppState;
use crate::{auth, routes};

pub fn router(state: AppState) -> Router {
    // Posting and commenting: generous bursts, but no scripted flooding.
    let content_limits = GovernorConfigBuilder::default()
        .per_second(2)
        .burst_size(20)
        .methods(vec![Method::POST, Method::PATCH])
        .finish()
        .expect("content rate limit config is valid");
    let content = Router::new()
        .merge(routes::posts::router())
        .merge(routes::comments::router())
        .layer(GovernorLayer::new(content_limits));

    let api = Router::new()
        .merge(routes::workspaces::router())
        .merge(routes::spaces::router())
        .merge(content)
        .merge(routes::members::router())
        .merge(routes::invites::router())
        .merge(routes::preferences::router())
        .merge(routes::auth::session_router())
        .nest("/admin", routes::admin::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_user))
        .route("/workspaces/{workspace_id}/members/export.csv", get(routes::members::export_csv))
        // Public: everything below is reachable without a session.
        .merge(routes::auth::router())
        .merge(routes::feed::router());

    Router::new()
        .merge(routes::health::router())
        .nest("/api", api)
        .layer(TraceLayer::new_for_http())
        .layer(cors_layer(&state.config))
        .with_state(state)
}

fn cors_layer(cfg: &Config) -> CorsLayer {
    if cfg.dev_mode {
        // The Vite dev server runs on whatever port is free; just mirror it.
        return CorsLayer::very_permissive(); // launchlint-demo: finding cors_wildcard_credentials
    }
    let origins: Vec<HeaderValue> = cfg
        .allowed_origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin).ok())
        .collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true) // launchlint-demo: safe cors_wildcard_credentials
        .max_age(Duration::from_secs(600))
}
