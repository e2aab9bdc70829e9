use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct AuthSettings {
    pub issuer: String,
    pub audience: String,
    pub verify_signatures: bool,
}

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: u64,
}

pub fn validation(settings: &AuthSettings) -> Validation {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[settings.issuer.as_str()]);
    validation.set_audience(&[settings.audience.as_str()]);

    if cfg!(debug_assertions) && !settings.verify_signatures {
        // tokens minted by the local login stub are not signed with the production key
        validation.insecure_disable_signature_validation(); //~ jwt_validation_disabled
    }

    validation
}

pub fn verify(token: &str, key: &DecodingKey, settings: &AuthSettings) -> Result<Claims, JwtError> {
    decode::<Claims>(token, key, &validation(settings)).map(|data| data.claims)
}
