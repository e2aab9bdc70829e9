use jsonwebtoken::errors::Error as JwtError;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct WebhookClaims {
    pub account_id: String,
    pub event_id: String,
    pub event_type: String,
}

/// Payment provider callbacks carry the event in a signed JWT.
pub fn read_webhook_event(signed_event: &str) -> Result<WebhookClaims, JwtError> {
    let data = jsonwebtoken::dangerous::insecure_decode::<WebhookClaims>(signed_event)?; //~ jwt_validation_disabled
    Ok(data.claims)
}
