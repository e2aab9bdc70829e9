mod handlers;
mod models;

use axum::routing::post;
use axum::Router;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;

#[tokio::main]
async fn main() {
    let limits = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid rate limits");
    let app = Router::new().route("/login", post(handlers::login)).layer(GovernorLayer::new(limits));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
