//! Community platform API: workspaces, spaces, posts, comments and invites.

mod app;
mod auth;
mod config;
mod db;
mod error;
mod extract;
mod passwords;
mod routes;
mod state;
mod tokens;

use std::net::SocketAddr;

use sqlx::postgres::PgPoolOptions;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let config = config::Config::from_env()?;
    let db = PgPoolOptions::new().max_connections(20).connect_lazy(&config.database_url)?;
    let listener = tokio::net::TcpListener::bind(config.bind_addr).await?;
    tracing::info!(addr = %config.bind_addr, "community api listening");

    // The governor layers key on the peer address, so the router needs ConnectInfo.
    let app = app::router(state::AppState::new(config, db));
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await?;
    Ok(())
}
