//! Sign-up (axum): validation failures are reported with their messages, with a 422; internal
//! variants have fixed messages.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use validator::{Validate, ValidationErrors};

#[derive(Debug, thiserror::Error)]
pub enum SignupError {
    #[error("validation failed: {0}")]
    Invalid(#[from] ValidationErrors),
    #[error("could not create the account")]
    Store(#[from] sqlx::Error),
}

impl IntoResponse for SignupError {
    fn into_response(self) -> Response {
        let status = match &self {
            SignupError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            SignupError::Store(e) => {
                tracing::error!(error = ?e, "sign-up failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        (status, self.to_string()).into_response()
    }
}

#[derive(Deserialize, Validate)]
pub struct Signup {
    #[validate(email)]
    pub email: String,
    #[validate(length(min = 12, max = 128))]
    pub password: String,
}

pub fn router() -> Router {
    let config = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid limits");
    Router::new().route("/auth/signup", post(signup)).layer(GovernorLayer::new(config))
}

async fn signup(Json(input): Json<Signup>) -> Result<StatusCode, SignupError> {
    input.validate()?;
    Ok(StatusCode::CREATED)
}
