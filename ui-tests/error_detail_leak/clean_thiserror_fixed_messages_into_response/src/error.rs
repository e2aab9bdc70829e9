use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Internal variants have fixed messages; their sources are logged, never sent.
#[derive(thiserror::Error, Debug)]
pub enum Error {
    #[error("authentication required")]
    Unauthorized,
    #[error("request path not found")]
    NotFound,
    #[error("an error occurred with the database")]
    Sqlx(#[from] sqlx::Error),
    #[error("an internal server error occurred")]
    Anyhow(#[from] anyhow::Error),
}

impl Error {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Sqlx(_) | Self::Anyhow(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        match &self {
            Self::Sqlx(e) => tracing::error!("SQLx error: {:?}", e),
            Self::Anyhow(e) => tracing::error!("Generic error: {:?}", e),
            _ => (),
        }
        (self.status_code(), self.to_string()).into_response()
    }
}
