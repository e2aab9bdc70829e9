//! The avatar route is capped, but the limit layer does not cover the import route.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router() -> Router {
    Router::new()
        .route("/import", post(import).layer(DefaultBodyLimit::disable())) //~ unbounded_body
        .route("/avatar", post(avatar).layer(RequestBodyLimitLayer::new(2 * 1024 * 1024)))
}

async fn import(body: axum::body::Bytes) -> String {
    body.len().to_string()
}

async fn avatar(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
