//! Abuse-resistance lints: throttling of the endpoints attackers hammer.

pub mod missing_rate_limit;
