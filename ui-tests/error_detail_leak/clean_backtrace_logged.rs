//! Job runner (axum): backtraces are captured for the logs only.

use std::backtrace::Backtrace;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::jobs::Runner;

pub fn router(runner: Runner) -> Router {
    Router::new().route("/api/jobs/{job_id}/retry", post(retry)).with_state(runner)
}

async fn retry(State(runner): State<Runner>, _user: AuthUser, Path(job_id): Path<Uuid>) -> (StatusCode, String) {
    match runner.retry(job_id).await {
        Ok(()) => (StatusCode::ACCEPTED, format!("job {job_id} queued")),
        Err(e) => {
            let trace = Backtrace::capture();
            tracing::error!(error = %e, backtrace = %trace, %job_id, "retry failed");
            (StatusCode::INTERNAL_SERVER_ERROR, format!("job {job_id} could not be retried"))
        }
    }
}
