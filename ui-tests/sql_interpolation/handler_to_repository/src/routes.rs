use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;

use crate::repo;
use crate::session::SignedInAgent;

#[derive(Deserialize)]
pub struct ListParams {
    pub order: String,
}

pub fn router(pool: PgPool) -> Router {
    Router::new().route("/tickets", get(list)).with_state(pool)
}

async fn list(
    _agent: SignedInAgent,
    State(pool): State<PgPool>,
    Query(p): Query<ListParams>,
) -> Json<Vec<String>> {
    Json(repo::subjects(&pool, &p.order).await.unwrap_or_default())
}
