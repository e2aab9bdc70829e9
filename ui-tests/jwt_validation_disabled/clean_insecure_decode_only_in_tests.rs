use jsonwebtoken::errors::Error as JwtError;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub aud: String,
    pub exp: u64,
}

pub struct TokenIssuer {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl TokenIssuer {
    pub fn new(secret: &[u8]) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
        }
    }

    pub fn issue(&self, user_id: &str, expires_at: u64) -> Result<String, JwtError> {
        let claims = Claims {
            sub: user_id.to_owned(),
            aud: "api".to_owned(),
            exp: expires_at,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
    }

    pub fn verify(&self, token: &str) -> Result<Claims, JwtError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&["api"]);
        decode::<Claims>(token, &self.decoding, &validation).map(|data| data.claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_token_carries_the_audience() {
        let secret: Vec<u8> = (0u8..32).collect();
        let issuer = TokenIssuer::new(&secret);
        let token = issuer.issue("user-42", 1_700_000_000).unwrap();

        let mut inspect = Validation::new(Algorithm::HS256);
        inspect.insecure_disable_signature_validation();
        inspect.validate_exp = false;
        inspect.set_audience(&["api"]);
        let data = decode::<Claims>(&token, &DecodingKey::from_secret(&[]), &inspect).unwrap();

        assert_eq!(data.claims.aud, "api");
        assert_eq!(data.claims.sub, "user-42");
    }
}
