//! OAuth client registration with `event!` and a span carrying the client secret.

use tracing::{event, info_span, Level};

pub struct OAuthClient {
    pub client_id: String,
    pub client_secret: String,
}

pub fn register(client: &OAuthClient) {
    let span = info_span!("oauth_registration", client_id = %client.client_id, secret = %client.client_secret); //~ secret_in_log
    let _guard = span.enter();
    event!(Level::INFO, client_secret = %client.client_secret, "client registered"); //~ secret_in_log
}
