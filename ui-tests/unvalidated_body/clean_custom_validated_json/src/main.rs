mod auth;
mod extract;
mod routes;

use std::net::SocketAddr;

use axum::routing::post;
use axum::Router;
use sqlx::postgres::PgPoolOptions;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let db = PgPoolOptions::new()
        .connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"))
        .expect("valid database url");
    let config = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid limits");
    let app = Router::new()
        .route("/api/threads", post(routes::threads::create_thread))
        .route("/api/threads/{thread_id}/replies", post(routes::threads::reply))
        .layer(GovernorLayer::new(config))
        .with_state(db);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
}
