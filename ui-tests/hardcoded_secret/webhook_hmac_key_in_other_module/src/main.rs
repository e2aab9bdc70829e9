mod config;
mod webhooks;

use axum::routing::post;
use axum::Router;

#[tokio::main]
async fn main() {
    let app = Router::new().route("/webhooks/partner", post(webhooks::receive));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
