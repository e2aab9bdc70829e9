//! Clients for the services the product integrates with.

pub struct Integrations {
    pub anthropic_key: &'static str,
    pub gitlab_token: &'static str,
    pub sendgrid_key: &'static str,
    pub npm_token: &'static str,
    pub twilio_key_sid: &'static str,
}

pub const INTEGRATIONS: Integrations = Integrations {
    anthropic_key: "sk-ant-api03-TESTFIXTURE_0000000000000000000000000000000000", //~ hardcoded_secret
    gitlab_token: "glpat-TESTFIXTURE-000000000", //~ hardcoded_secret
    sendgrid_key: "SG.TESTFIXTURE00000000000.TESTFIXTURE0000000000000000000000000000000", //~ hardcoded_secret
    npm_token: "npm_TESTFIXTURE0000000000000000000000000", //~ hardcoded_secret
    twilio_key_sid: "SK0123456789abcdef0123456789abcdef", //~ hardcoded_secret
};
