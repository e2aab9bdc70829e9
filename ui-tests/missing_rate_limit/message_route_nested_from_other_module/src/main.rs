mod auth;
mod routes;
mod state;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use jsonwebtoken::{DecodingKey, EncodingKey};
use sqlx::postgres::PgPoolOptions;

use crate::state::AppState;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let jwt_secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    let db = PgPoolOptions::new()
        .max_connections(20)
        .connect(&database_url)
        .await
        .expect("cannot connect to the database");
    let state = AppState {
        db,
        encoding_key: Arc::new(EncodingKey::from_secret(jwt_secret.as_bytes())),
        decoding_key: Arc::new(DecodingKey::from_secret(jwt_secret.as_bytes())),
    };

    let app = Router::new()
        .nest("/api", routes::api_router(state.clone()))
        .merge(routes::sessions::router())
        .with_state(state);

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
}
