use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("authentication required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    BadRequest(&'static str),
    #[error("{0}")]
    Conflict(&'static str),
    #[error("invalid request")]
    Validation(#[from] validator::ValidationErrors),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = match &self {
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, json!({ "error": "authentication required" })),
            AppError::Forbidden => (StatusCode::FORBIDDEN, json!({ "error": "forbidden" })),
            AppError::NotFound | AppError::Database(sqlx::Error::RowNotFound) => {
                (StatusCode::NOT_FOUND, json!({ "error": "not found" }))
            }
            AppError::BadRequest(message) => (StatusCode::BAD_REQUEST, json!({ "error": message })),
            AppError::Conflict(message) => (StatusCode::CONFLICT, json!({ "error": message })),
            AppError::Validation(errors) => {
                let fields: Vec<String> = errors.field_errors().keys().map(|field| field.to_string()).collect();
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    json!({ "error": "invalid request", "fields": fields }),
                )
            }
            AppError::Database(_) | AppError::Internal(_) => {
                tracing::error!(error = ?self, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, json!({ "error": "internal server error" })) // launchlint-demo: safe error_detail_leak
            }
        };
        (status, Json(body)).into_response()
    }
}

pub type AppResult<T> = Result<T, AppError>;
