mod handlers;
mod models;

use axum::routing::post;
use axum::Router;

#[tokio::main]
async fn main() {
    let app = Router::new().route("/login", post(handlers::login));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
