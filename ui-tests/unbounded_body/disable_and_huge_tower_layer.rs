//! The default limit is replaced, but by a layer that is no limit either.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router() -> Router {
    Router::new()
        .route("/archive", post(archive))
        .layer(DefaultBodyLimit::disable()) //~ unbounded_body
        .layer(RequestBodyLimitLayer::new(usize::MAX)) //~ unbounded_body
}

async fn archive(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
