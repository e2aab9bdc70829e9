//! Reviews (axum): the payload holds only ids, flags and a closed set of states; parsing them is
//! the validation.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Approve,
    RequestChanges,
    Comment,
}

#[derive(Deserialize)]
pub struct AssignReviewer {
    pub reviewer_id: Uuid,
    pub verdict: Option<Verdict>,
    pub notify: bool,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/pulls/{pull_id}/reviewers", post(assign_reviewer)).with_state(db)
}

async fn assign_reviewer(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(pull_id): Path<Uuid>,
    Json(input): Json<AssignReviewer>,
) -> StatusCode {
    let verdict = match input.verdict {
        Some(Verdict::Approve) => Some("approve"),
        Some(Verdict::RequestChanges) => Some("request_changes"),
        Some(Verdict::Comment) => Some("comment"),
        None => None,
    };
    let saved = sqlx::query("INSERT INTO pull_reviewers (pull_id, reviewer_id, assigned_by, verdict, notify) VALUES ($1, $2, $3, $4, $5)")
        .bind(pull_id)
        .bind(input.reviewer_id)
        .bind(user.id)
        .bind(verdict)
        .bind(input.notify)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
