//! Data exports (axum): the message is built first, then sent with a 500.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/projects/{project_id}/export", post(export_project)).with_state(db)
}

async fn export_project(State(db): State<PgPool>, _user: AuthUser, Path(project_id): Path<Uuid>) -> Response {
    let queued = sqlx::query("INSERT INTO export_jobs (project_id) VALUES ($1)").bind(project_id).execute(&db).await;
    match queued {
        Ok(_) => StatusCode::ACCEPTED.into_response(),
        Err(db_error) => {
            let message = format!("export could not be queued ({db_error})");
            tracing::error!(%project_id, "{message}");
            (StatusCode::INTERNAL_SERVER_ERROR, message).into_response() //~^^ error_detail_leak
        }
    }
}
