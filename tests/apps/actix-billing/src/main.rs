//! Billing API for B2B customers: organizations, customers, invoices and API keys.

mod auth;
mod config;
mod db;
mod error;
mod jobs;
mod links;
mod passwords;
mod routes;

use actix_cors::Cors;
use actix_web::http::{header, Method};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpServer};
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;
use tracing_subscriber::EnvFilter;

use crate::auth::JwtKeys;
use crate::config::Config;

pub struct AppState {
    pub db: PgPool,
    pub jwt: JwtKeys,
    pub config: Config,
}

fn cors_policy(config: &Config) -> Cors {
    if config.sandbox {
        // Partners test the checkout widget against the sandbox from their own localhost.
        return Cors::default().allow_any_origin().supports_credentials(); // launchlint-demo: finding cors_wildcard_credentials
    }
    Cors::default()
        .allowed_origin("https://app.example.com")
        .allowed_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .supports_credentials() // launchlint-demo: safe cors_wildcard_credentials
        .max_age(600)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let config = Config::from_env();
    let db = PgPoolOptions::new()
        .max_connections(config.db_max_connections)
        .connect_lazy(&config.database_url)
        .expect("DATABASE_URL is not a valid Postgres URL");
    let bind_addr = config.bind_addr.clone();
    let state = web::Data::new(AppState {
        db,
        jwt: JwtKeys::new(config.jwt_secret.as_bytes()),
        config,
    });

    jobs::spawn_overdue_sweeper(state.clone());

    tracing::info!(%bind_addr, "billing api listening");
    HttpServer::new(move || {
        App::new()
            .wrap(cors_policy(&state.config))
            .wrap(Logger::default())
            .app_data(state.clone())
            .app_data(web::JsonConfig::default().limit(256 * 1024)) // launchlint-demo: safe unbounded_body
            .configure(routes::configure)
    })
    .bind(bind_addr)?
    .run()
    .await
}
