use jsonwebtoken::Validation;

/// Tokens minted by the v1 API have an `exp` in milliseconds, which always looks expired.
pub fn accept_v1_tokens(validation: &mut Validation) {
    validation.validate_exp = false; //~ jwt_validation_disabled
}
