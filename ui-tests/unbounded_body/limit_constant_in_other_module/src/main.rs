mod auth;
mod limits;
mod routes;

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, routes::router()).await.unwrap();
}
