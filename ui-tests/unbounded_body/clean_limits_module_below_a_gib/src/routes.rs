use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

use crate::auth::AuthUser;
use crate::limits;

pub fn router() -> Router {
    Router::new()
        .route("/documents", post(upload).layer(RequestBodyLimitLayer::new(limits::MAX_DOCUMENT)))
        .route("/search", post(search).layer(DefaultBodyLimit::max(limits::MAX_JSON)))
}

async fn upload(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
}

async fn search(_user: AuthUser, body: String) -> String {
    body
}
