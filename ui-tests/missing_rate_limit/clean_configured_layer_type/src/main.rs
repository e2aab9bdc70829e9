mod sessions;

use std::time::Duration;

use axum::Router;
use edge_middleware::{EdgeThrottle, RedisQuotaStore};
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let redis_url = std::env::var("REDIS_URL").expect("REDIS_URL must be set");
    let db = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let quotas = RedisQuotaStore::connect(&redis_url).await.expect("cannot connect to redis");

    let app = Router::new()
        .merge(sessions::router())
        .layer(EdgeThrottle::per_client(quotas, "billing-auth", 10, Duration::from_secs(60)))
        .with_state(AppState { db });

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}
