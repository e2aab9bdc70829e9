//! Defaults for the self-hosted edition: every secret is a placeholder the operator replaces.

#[derive(Debug, Clone)]
pub struct SelfHostedDefaults {
    pub admin_password: &'static str,
    pub api_key: &'static str,
    pub webhook_secret: &'static str,
    pub smtp_password: &'static str,
    pub license_token: &'static str,
}

pub const DEFAULTS: SelfHostedDefaults = SelfHostedDefaults {
    admin_password: "changeme",
    api_key: "your-api-key-here",
    webhook_secret: "<webhook-signing-secret>",
    smtp_password: "xxxxxxxxxxxx",
    license_token: "${LICENSE_TOKEN}",
};

pub const AWS_DOCS_ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
