use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct InviteClaims {
    pub workspace_id: String,
    pub email: String,
    pub role: String,
}

pub struct InviteLinks {
    key: DecodingKey,
}

impl InviteLinks {
    pub fn from_env() -> Self {
        let secret = std::env::var("INVITE_SECRET").expect("INVITE_SECRET must be set");
        Self { key: DecodingKey::from_secret(secret.as_bytes()) }
    }

    pub fn open(&self, invite_token: &str) -> Result<InviteClaims, JwtError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_required_spec_claims::<&str>(&[]); //~ jwt_validation_disabled
        validation.validate_aud = false;

        decode::<InviteClaims>(invite_token, &self.key, &validation).map(|data| data.claims)
    }
}
