use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

use crate::auth::AuthUser;
use crate::limits::{MAX_AVATAR_UPLOAD, MAX_MEDIA_UPLOAD};

pub fn router() -> Router {
    Router::new()
        .route("/media", post(upload_media).layer(DefaultBodyLimit::max(MAX_MEDIA_UPLOAD))) //~ unbounded_body
        .route("/avatar", post(upload_avatar).layer(DefaultBodyLimit::max(MAX_AVATAR_UPLOAD)))
}

async fn upload_media(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
}

async fn upload_avatar(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
}
