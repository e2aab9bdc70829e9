//! Invites are logged with their secret token.

use tracing::info;
use uuid::Uuid;

pub struct Invite {
    pub id: Uuid,
    pub email: String,
    pub token: String,
}

pub fn record_invite(workspace_id: Uuid, invite: &Invite) {
    info!(%workspace_id, invite_id = %invite.id, token = %invite.token, "invite created"); //~ secret_in_log
}
