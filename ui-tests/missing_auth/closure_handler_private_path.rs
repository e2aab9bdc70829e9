//! Internal endpoints of the scheduler service, written inline.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/internal/queue-depth", get(|State(state): State<AppState>| async move { //~ missing_auth
            let depth: (i64,) = sqlx::query_as("SELECT count(*) FROM background_jobs WHERE state = 'queued'")
                .fetch_one(&state.db)
                .await
                .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
            Ok::<_, StatusCode>(Json(json!({ "queued": depth.0 })))
        }))
        .route(
            "/admin/feature-flags/{flag}/toggle",
            post(
                |State(state): State<AppState>, axum::extract::Path(flag): axum::extract::Path<String>| async move { //~ missing_auth
                    let toggled = sqlx::query("UPDATE feature_flags SET enabled = NOT enabled WHERE name = $1")
                        .bind(&flag)
                        .execute(&state.db)
                        .await;
                    match toggled {
                        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
                        Ok(_) => StatusCode::NOT_FOUND,
                        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
                    }
                },
            ),
        )
        .with_state(state)
}
