//! Report scheduling (axum): the query string is validated, the body is not.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Deserialize, Validate)]
pub struct ScheduleParams {
    #[validate(length(min = 2, max = 40))]
    pub timezone: String,
}

#[derive(Deserialize, Validate)]
pub struct ReportSchedule {
    #[validate(length(min = 1, max = 100))]
    pub title: String,
    #[validate(length(max = 50))]
    pub recipients: Vec<String>,
    pub cron: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/reports/schedules", post(schedule_report)).with_state(db)
}

async fn schedule_report(
    State(db): State<PgPool>,
    user: AuthUser,
    Query(params): Query<ScheduleParams>,
    Json(schedule): Json<ReportSchedule>, //~ unvalidated_body
) -> Result<StatusCode, StatusCode> {
    params.validate().map_err(|_| StatusCode::BAD_REQUEST)?;
    sqlx::query("INSERT INTO report_schedules (owner_id, title, recipients, cron, timezone) VALUES ($1, $2, $3, $4, $5)")
        .bind(user.id)
        .bind(&schedule.title)
        .bind(&schedule.recipients)
        .bind(&schedule.cron)
        .bind(&params.timezone)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::CREATED)
}
