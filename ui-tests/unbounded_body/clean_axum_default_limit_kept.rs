//! axum's 2 MB default is kept; comments and strings mention disabling it.

use axum::routing::post;
use axum::{Json, Router};
use serde_json::Value;

// Do not call DefaultBodyLimit::disable() here: bodies are buffered in memory.
pub fn router() -> Router {
    Router::new().route("/events", post(record))
}

async fn record(Json(event): Json<Value>) -> Json<Value> {
    let _doc = "DefaultBodyLimit::max(usize::MAX) is not allowed";
    Json(event)
}
