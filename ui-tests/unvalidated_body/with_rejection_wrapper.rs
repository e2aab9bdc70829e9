//! Comments (axum + axum-extra `WithRejection` for a custom rejection body).

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use axum_extra::extract::WithRejection;
use serde::Deserialize;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

use crate::auth::AuthUser;

pub struct BodyError(JsonRejection);

impl From<JsonRejection> for BodyError {
    fn from(r: JsonRejection) -> Self {
        BodyError(r)
    }
}

impl IntoResponse for BodyError {
    fn into_response(self) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self.0.body_text()).into_response()
    }
}

#[derive(Deserialize)]
pub struct NewComment {
    pub body: String,
    pub parent_id: Option<Uuid>,
}

pub fn router(db: PgPool) -> Router {
    let config = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid limits");
    Router::new()
        .route("/api/issues/{issue_id}/comments", post(comment))
        .layer(GovernorLayer::new(config))
        .with_state(db)
}

async fn comment(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(issue_id): Path<Uuid>,
    WithRejection(Json(input), _): WithRejection<Json<NewComment>, BodyError>, //~ unvalidated_body
) -> StatusCode {
    let saved = sqlx::query("INSERT INTO comments (issue_id, author_id, parent_id, body) VALUES ($1, $2, $3, $4)")
        .bind(issue_id)
        .bind(user.id)
        .bind(input.parent_id)
        .bind(&input.body)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
