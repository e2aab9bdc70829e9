//! Search indexing (axum): the JSON error body carries the engine's message.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;

use crate::auth::AuthUser;
use crate::search::SearchClient;

pub fn router(search: SearchClient) -> Router {
    Router::new().route("/api/search/reindex", post(reindex)).with_state(search)
}

async fn reindex(State(search): State<SearchClient>, _user: AuthUser) -> Response {
    match search.rebuild_index("documents").await {
        Ok(task) => (StatusCode::ACCEPTED, Json(json!({ "task": task }))).into_response(),
        Err(err) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({ "error": "reindex failed", "detail": err.to_string() })), //~ error_detail_leak
        )
            .into_response(),
    }
}
