mod auth;
mod imports;

use axum::routing::post;
use axum::Router;
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let db = PgPoolOptions::new()
        .connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL must be set"))
        .expect("valid database url");
    let app = Router::new()
        .route("/api/catalog/import", post(imports::handlers::import_products))
        .with_state(db);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}
