use actix_web::http::StatusCode;
use actix_web::ResponseError;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("file not found")]
    Missing,
    #[error("you may not read this file")]
    Denied,
    #[error(transparent)] //~ error_detail_leak
    Backend(#[from] anyhow::Error),
}

/// Only the status is customised; the body is still `Display`.
impl ResponseError for StorageError {
    fn status_code(&self) -> StatusCode {
        match self {
            StorageError::Missing => StatusCode::NOT_FOUND,
            StorageError::Denied => StatusCode::FORBIDDEN,
            StorageError::Backend(_) => StatusCode::BAD_GATEWAY,
        }
    }
}
