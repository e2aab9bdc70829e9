mod api;
mod posts;

use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let db = PgPoolOptions::new()
        .connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"))
        .expect("valid database url");
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, posts::routes::router(db)).await
}
