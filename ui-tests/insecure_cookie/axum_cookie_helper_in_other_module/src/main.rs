mod routes;
mod session;

use axum::routing::post;
use axum::Router;

#[tokio::main]
async fn main() {
    let app = Router::new().route("/auth/refresh", post(routes::auth::refresh));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
