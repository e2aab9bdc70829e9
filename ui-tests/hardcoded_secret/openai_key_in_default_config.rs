//! Settings for the support-reply assistant, with a default that carries a real-looking key.

#[derive(Debug, Clone)]
pub struct AssistantConfig {
    pub api_key: String,
    pub model: String,
    pub max_tokens: u32,
}

impl Default for AssistantConfig {
    fn default() -> Self {
        Self {
            api_key: "sk-proj-TESTFIXTURE_0000000000000000000000000000000000".into(), //~ hardcoded_secret
            model: "gpt-4o-mini".into(),
            max_tokens: 512,
        }
    }
}
