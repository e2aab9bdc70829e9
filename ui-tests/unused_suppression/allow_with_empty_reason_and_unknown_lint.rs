//! Malformed markers: an empty reason, and a misspelt lint name.

use jsonwebtoken::Validation;

#[launchlint::allow(jwt_validation_disabled, reason = "  ")] //~ unused_suppression
pub fn preview_validation() -> Validation {
    let mut validation = Validation::default();
    validation.validate_exp = false; //~ jwt_validation_disabled
    validation
}

#[launchlint::allow(jwt_validaton_disabled, reason = "support impersonation preview")] //~ unused_suppression
pub fn support_validation() -> Validation {
    Validation::default()
}
