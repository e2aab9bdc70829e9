use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct PartnerClaims {
    pub sub: String,
    pub partner_id: String,
    pub exp: u64,
}

pub struct PartnerTokens {
    key: DecodingKey,
}

impl PartnerTokens {
    pub fn from_env() -> Self {
        let pem = std::env::var("PARTNER_PUBLIC_KEY_PEM").expect("PARTNER_PUBLIC_KEY_PEM must be set");
        let key = DecodingKey::from_ec_pem(pem.as_bytes()).expect("PARTNER_PUBLIC_KEY_PEM must be an EC public key");
        Self { key }
    }

    pub fn verify(&self, token: &str) -> Result<PartnerClaims, JwtError> {
        let mut validation = Validation::new(Algorithm::ES256);
        validation.set_audience(&["partner-api"]);
        // partner clocks drift by up to a minute
        validation.leeway = 60;

        decode::<PartnerClaims>(token, &self.key, &validation).map(|data| data.claims)
    }
}
