//! A streaming ingest endpoint behind tower-http's limit layer, set to 5 GB.

use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn ingest() -> Router {
    Router::new()
        .route("/ingest", post(ingest_events))
        .layer(RequestBodyLimitLayer::new(5_000_000_000)) //~ unbounded_body
}

async fn ingest_events(body: axum::body::Body) -> &'static str {
    drop(body);
    "accepted"
}
