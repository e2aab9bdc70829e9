mod account;

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
        .nest("/api/v1", api::routes())
        .route_layer(middleware::from_fn(api::auth::require_session))
        .route("/healthz", get(healthz))
        .layer(Extension(pool))
        .layer(TraceLayer::new_for_http());

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}

async fn healthz() -> &'static str {
    "ok"
}
