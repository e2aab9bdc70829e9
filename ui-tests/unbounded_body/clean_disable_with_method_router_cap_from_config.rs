//! The cap comes from configuration: the route is still bounded.

use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

pub struct UploadSettings {
    pub max_bytes: usize,
}

pub fn router(settings: &UploadSettings) -> Router {
    Router::new().route(
        "/exports/import",
        post(import)
            .layer(DefaultBodyLimit::disable())
            .layer(RequestBodyLimitLayer::new(settings.max_bytes)),
    )
}

async fn import(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
