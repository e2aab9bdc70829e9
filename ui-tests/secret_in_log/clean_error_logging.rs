//! Errors are logged server-side with their message.

use tracing::error;

pub async fn verify(token: &str) -> Result<(), crate::AuthError> {
    match crate::jwt::verify(token) {
        Ok(_) => Ok(()),
        Err(err) => {
            error!(error = %err, "token verification failed");
            error!(?err);
            Err(crate::AuthError::Invalid)
        }
    }
}
