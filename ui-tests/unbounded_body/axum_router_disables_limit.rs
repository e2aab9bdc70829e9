//! The whole API router drops the default body limit.

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::Value;

pub fn api() -> Router {
    Router::new()
        .route("/posts", get(list_posts).post(create_post))
        .route("/attachments", post(upload))
        .layer(DefaultBodyLimit::disable()) //~ unbounded_body
}

async fn list_posts() -> Json<Vec<Value>> {
    Json(Vec::new())
}

async fn create_post(Json(post): Json<Value>) -> Json<Value> {
    Json(post)
}

async fn upload(body: axum::body::Bytes) -> String {
    body.len().to_string()
}
