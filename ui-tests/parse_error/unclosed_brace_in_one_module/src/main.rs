mod directory;
mod middleware;

#[tokio::main]
async fn main() {
    let app = middleware::with_cors(directory::routes());
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.expect("bind");
    axum::serve(listener, app).await.expect("serve");
}
