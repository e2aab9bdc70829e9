//! `#[instrument]` records every argument, the password included.

use tracing::instrument;

#[instrument]
pub async fn authenticate(email: &str, password: &str) -> bool { //~ secret_in_log
    crate::users::verify(email, password).await
}
