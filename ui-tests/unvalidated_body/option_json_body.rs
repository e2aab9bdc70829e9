//! Exports (axum): the body is optional; when present it overrides the export options.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;

use crate::auth::AuthUser;

#[derive(Deserialize)]
pub struct ExportOptions {
    pub format: String,
    pub columns: Vec<String>,
    pub file_name: Option<String>,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/exports", post(start_export)).with_state(db)
}

async fn start_export(
    State(db): State<PgPool>,
    user: AuthUser,
    options: Option<Json<ExportOptions>>, //~ unvalidated_body
) -> StatusCode {
    let (format, columns, file_name) = match options {
        Some(Json(o)) => (o.format, o.columns, o.file_name),
        None => ("csv".to_owned(), Vec::new(), None),
    };
    let queued = sqlx::query("INSERT INTO export_jobs (user_id, format, columns, file_name) VALUES ($1, $2, $3, $4)")
        .bind(user.id)
        .bind(&format)
        .bind(&columns)
        .bind(&file_name)
        .execute(&db)
        .await;
    if queued.is_ok() { StatusCode::ACCEPTED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
