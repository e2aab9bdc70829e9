//! Survey answers (axum + axum-macros): `ApiJson` is derived `via(Json)` for our rejection type.

use axum::extract::{FromRequest, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(FromRequest)]
#[from_request(via(Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

pub struct ApiError(StatusCode);

impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(_: axum::extract::rejection::JsonRejection) -> Self {
        ApiError(StatusCode::UNPROCESSABLE_ENTITY)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, "invalid request body").into_response()
    }
}

#[derive(Deserialize)]
pub struct SurveyAnswer {
    pub question_id: Uuid,
    pub answer: String,
    pub comment: Option<String>,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/surveys/{survey_id}/answers", post(answer)).with_state(db)
}

async fn answer(
    State(db): State<PgPool>,
    user: AuthUser,
    ApiJson(answer): ApiJson<SurveyAnswer>, //~ unvalidated_body
) -> StatusCode {
    let stored = sqlx::query("INSERT INTO survey_answers (user_id, question_id, answer, comment) VALUES ($1, $2, $3, $4)")
        .bind(user.id)
        .bind(answer.question_id)
        .bind(&answer.answer)
        .bind(&answer.comment)
        .execute(&db)
        .await;
    if stored.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
