//! Mail delivery (axum): the hand-written `Display` forwards the SMTP error, and the 502 body is
//! that text.

use std::fmt;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

use crate::auth::AuthUser;

#[derive(Debug)]
pub enum MailError {
    NoRecipients,
    Smtp(lettre::transport::smtp::Error),
}

impl fmt::Display for MailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MailError::NoRecipients => f.write_str("the campaign has no recipients"),
            MailError::Smtp(e) => write!(f, "mail server rejected the message: {e}"),
        }
    }
}

impl IntoResponse for MailError {
    fn into_response(self) -> Response {
        let status = match self {
            MailError::NoRecipients => StatusCode::UNPROCESSABLE_ENTITY,
            MailError::Smtp(_) => StatusCode::BAD_GATEWAY,
        };
        (status, self.to_string()).into_response() //~ error_detail_leak
    }
}

pub fn router() -> Router {
    Router::new().route("/api/campaigns/{campaign_id}/send", post(send_campaign))
}

async fn send_campaign(_user: AuthUser) -> Result<StatusCode, MailError> {
    Err(MailError::NoRecipients)
}
