//! Report rendering (axum + anyhow): `{err:#}` prints the whole context chain.

use anyhow::Context;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

async fn render(db: &PgPool, report_id: Uuid) -> anyhow::Result<String> {
    let (template,): (String,) = sqlx::query_as("SELECT template FROM reports WHERE id = $1")
        .bind(report_id)
        .fetch_one(db)
        .await
        .context("loading the report template")?;
    Ok(template)
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/reports/{report_id}/render", get(render_report)).with_state(db)
}

async fn render_report(
    State(db): State<PgPool>,
    _user: AuthUser,
    Path(report_id): Path<Uuid>,
) -> Result<String, (StatusCode, String)> {
    match render(&db, report_id).await {
        Ok(html) => Ok(html),
        Err(err) => Err((StatusCode::INTERNAL_SERVER_ERROR, format!("rendering failed: {err:#}"))), //~ error_detail_leak
    }
}
