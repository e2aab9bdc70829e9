//! The router is bound first; the streaming cap is applied to it afterwards.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router() -> Router {
    let uploads = Router::new().route("/uploads", post(upload).layer(DefaultBodyLimit::disable()));
    uploads.layer(RequestBodyLimitLayer::new(200 * 1024 * 1024))
}

async fn upload(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
