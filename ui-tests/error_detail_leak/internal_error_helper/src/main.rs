mod auth;
mod errors;
mod routes;

use axum::routing::get;
use axum::Router;
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPoolOptions::new()
        .connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"))
        .expect("valid database url");
    let app = Router::new()
        .route("/api/todos", get(routes::todos::list))
        .route("/api/todos/count", get(routes::todos::count))
        .with_state(pool);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}
