//! A marker on an impl block covers every method in it.

use jsonwebtoken::Validation;

pub struct LegacyTokens;

#[launchlint::allow(jwt_validation_disabled, reason = "read-only migration tool for pre-2021 tokens, never deployed")]
impl LegacyTokens {
    pub fn validation() -> Validation {
        let mut validation = Validation::default();
        validation.insecure_disable_signature_validation();
        validation
    }
}
