mod api;
mod auth;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::{middleware, Router};
use jsonwebtoken::DecodingKey;
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub decoding_key: Arc<DecodingKey>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let jwt_secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    let state = AppState {
        db: PgPool::connect(&database_url).await.expect("cannot connect to the database"),
        decoding_key: Arc::new(DecodingKey::from_secret(jwt_secret.as_bytes())),
    };

    let app = Router::new()
        .nest("/api/tickets", api::tickets::router())
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_agent))
        .with_state(state);

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
}
