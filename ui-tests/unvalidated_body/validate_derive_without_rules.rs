//! Saved searches (axum + axum-valid). The extractor validates, but `SavedSearch` has no rules,
//! so every value passes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use axum_valid::Valid;
use serde::Deserialize;
use sqlx::PgPool;
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Debug, Deserialize, Validate)]
pub struct SavedSearch {
    pub name: String,
    pub query: String,
    pub notify: bool,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/searches", post(save_search)).with_state(db)
}

async fn save_search(
    State(db): State<PgPool>,
    user: AuthUser,
    Valid(Json(search)): Valid<Json<SavedSearch>>, //~ unvalidated_body
) -> StatusCode {
    let saved = sqlx::query("INSERT INTO saved_searches (user_id, name, query, notify) VALUES ($1, $2, $3, $4)")
        .bind(user.id)
        .bind(&search.name)
        .bind(&search.query)
        .bind(search.notify)
        .execute(&db)
        .await;
    if saved.is_ok() {
        StatusCode::CREATED
    } else {
        StatusCode::INTERNAL_SERVER_ERROR
    }
}
