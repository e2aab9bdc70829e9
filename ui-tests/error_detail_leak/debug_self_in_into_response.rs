//! Scheduler API (axum): a debugging shortcut sends the whole error, `Debug`-formatted.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

use crate::auth::AuthUser;

#[derive(Debug)]
pub enum SchedulerError {
    Conflict,
    Store(sqlx::Error),
    Queue(lapin::Error),
}

impl IntoResponse for SchedulerError {
    fn into_response(self) -> Response {
        match self {
            SchedulerError::Conflict => StatusCode::CONFLICT.into_response(),
            _ => (StatusCode::INTERNAL_SERVER_ERROR, format!("{self:?}")).into_response(), //~ error_detail_leak
        }
    }
}

pub fn router() -> Router {
    Router::new().route("/api/jobs/{job_id}/run", post(run_job))
}

async fn run_job(_user: AuthUser) -> Result<StatusCode, SchedulerError> {
    Err(SchedulerError::Conflict)
}
