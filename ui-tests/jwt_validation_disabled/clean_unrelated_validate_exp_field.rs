//! Verification policy for signed webhook deliveries (HMAC over body and timestamp).

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct DeliveryPolicy {
    /// Reject deliveries whose timestamp header is older than `max_age_secs`.
    pub validate_exp: bool,
    pub max_age_secs: u64,
}

impl Default for DeliveryPolicy {
    fn default() -> Self {
        Self {
            validate_exp: true,
            max_age_secs: 300,
        }
    }
}

impl DeliveryPolicy {
    pub fn is_fresh(&self, sent_at: u64, now: u64) -> bool {
        !self.validate_exp || now.saturating_sub(sent_at) <= self.max_age_secs
    }
}
