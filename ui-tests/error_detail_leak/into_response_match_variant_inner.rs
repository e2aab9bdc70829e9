//! Integrations (axum): the upstream variant's inner `reqwest::Error` goes into the 502 body.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;

use crate::auth::AuthUser;
use crate::slack::SlackClient;

pub enum IntegrationError {
    NotConnected,
    Upstream(reqwest::Error),
}

impl From<reqwest::Error> for IntegrationError {
    fn from(e: reqwest::Error) -> Self {
        IntegrationError::Upstream(e)
    }
}

impl IntoResponse for IntegrationError {
    fn into_response(self) -> Response {
        match self {
            IntegrationError::NotConnected => {
                (StatusCode::CONFLICT, Json(json!({ "error": "connect Slack first" }))).into_response()
            }
            IntegrationError::Upstream(inner) => {
                (StatusCode::BAD_GATEWAY, Json(json!({ "error": inner.to_string() }))).into_response() //~ error_detail_leak
            }
        }
    }
}

pub fn router(slack: SlackClient) -> Router {
    Router::new().route("/api/integrations/slack/test", post(send_test_message)).with_state(slack)
}

async fn send_test_message(
    axum::extract::State(slack): axum::extract::State<SlackClient>,
    user: AuthUser,
) -> Result<StatusCode, IntegrationError> {
    let channel = user.slack_channel.ok_or(IntegrationError::NotConnected)?;
    slack.post_message(&channel, "launchlint test message").await?;
    Ok(StatusCode::NO_CONTENT)
}
