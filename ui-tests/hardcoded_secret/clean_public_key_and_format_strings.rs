//! Verifies partner webhooks with their *public* key; builds auth headers at run time.

pub const PARTNER_PUBLIC_KEY_PEM: &str = "-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtestfixture000000000000000
-----END PUBLIC KEY-----
";

pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

pub fn basic_auth(user: &str, password: &str) -> String {
    format!("{user}:{password}")
}

pub const RESET_EMAIL: &str = "Use this link to reset your password: {link}. It expires in 30 minutes.";
