//! Values shared with the partner's integration team.

pub const PARTNER_HANDSHAKE: &[u8] = b"partner-handshake-2024"; //~ hardcoded_secret
pub const PARTNER_NAME: &str = "acme-logistics";
