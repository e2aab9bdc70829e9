//! Search (axum): `Query` and `Path` are not bodies, and GET requests are not judged.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Deserialize)]
pub struct SearchParams {
    pub q: String,
    pub limit: Option<i64>,
}

#[derive(Deserialize)]
pub struct ReindexOptions {
    pub full: bool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Hit {
    pub id: Uuid,
    pub title: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new()
        .route("/api/search", get(search))
        .route("/api/indexes/{index_id}/reindex", post(reindex))
        .with_state(db)
}

async fn search(
    State(db): State<PgPool>,
    _user: AuthUser,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<Hit>>, StatusCode> {
    let limit = params.limit.unwrap_or(20).clamp(1, 100);
    sqlx::query_as("SELECT id, title FROM documents WHERE search @@ plainto_tsquery($1) LIMIT $2")
        .bind(&params.q)
        .bind(limit)
        .fetch_all(&db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn reindex(
    State(db): State<PgPool>,
    _user: AuthUser,
    Path(index_id): Path<Uuid>,
    Query(options): Query<ReindexOptions>,
) -> StatusCode {
    let queued = sqlx::query("INSERT INTO reindex_jobs (index_id, full_rebuild) VALUES ($1, $2)")
        .bind(index_id)
        .bind(options.full)
        .execute(&db)
        .await;
    if queued.is_ok() { StatusCode::ACCEPTED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
