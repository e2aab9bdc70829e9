use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
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
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("token error")]
    Token(#[from] jsonwebtoken::errors::Error),
    #[error("password hashing error")]
    Hashing(#[from] argon2::password_hash::Error),
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound | ApiError::Database(sqlx::Error::RowNotFound) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Database(_) | ApiError::Token(_) | ApiError::Hashing(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            ApiError::Unauthorized => "authentication required",
            ApiError::Forbidden => "forbidden",
            ApiError::NotFound => "not found",
            ApiError::BadRequest(message) | ApiError::Conflict(message) => message,
            ApiError::Database(sqlx::Error::RowNotFound) => "not found",
            ApiError::Database(_) | ApiError::Token(_) | ApiError::Hashing(_) => {
                tracing::error!(error = ?self, "request failed");
                "internal server error" // launchlint-demo: safe error_detail_leak
            }
        };
        HttpResponse::build(self.status_code()).json(json!({ "error": message }))
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
