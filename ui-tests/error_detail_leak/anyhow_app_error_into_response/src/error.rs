use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Make our own error that wraps `anyhow::Error`.
pub struct AppError(anyhow::Error);

// Tell axum how to convert `AppError` into a response.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("Something went wrong: {}", self.0), //~ error_detail_leak
        )
            .into_response()
    }
}

// This enables using `?` on functions that return `Result<_, anyhow::Error>`.
impl<E> From<E> for AppError
where
    E: Into<anyhow::Error>,
{
    fn from(err: E) -> Self {
        Self(err.into())
    }
}
