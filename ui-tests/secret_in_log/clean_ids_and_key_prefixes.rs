//! Logging identifiers of secrets, not the secrets.

use uuid::Uuid;

pub struct ApiKey {
    pub id: Uuid,
    pub prefix: String,
    pub secret_hash: String,
}

pub fn issued(org_id: Uuid, key: &ApiKey, token_id: Uuid) {
    tracing::info!(%org_id, key_id = %key.id, prefix = %key.prefix, "api key issued");
    tracing::info!(%token_id, key_hash = %key.secret_hash, "refresh token rotated");
}
