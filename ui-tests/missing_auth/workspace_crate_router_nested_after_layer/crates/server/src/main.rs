mod account;
mod session;

use axum::routing::get;
use axum::{middleware, Extension, Router};
use sqlx::postgres::PgPoolOptions;
use tower_http::trace::TraceLayer;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPoolOptions::new()
        .max_connections(20)
        .connect(&database_url)
        .await
        .expect("cannot connect to the database");

    let app = Router::new()
        .route("/me", get(account::me))
        .route_layer(middleware::from_fn(session::require_session))
        .nest("/api/v1", api::routes())
        .layer(Extension(pool))
        .layer(TraceLayer::new_for_http());

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}
