//! Token issuing, tested with fixed keys in the test module.

use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;

#[derive(Serialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
}

pub fn issue(claims: &Claims, key: &EncodingKey) -> Result<String, jsonwebtoken::errors::Error> {
    encode(&Header::default(), claims, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_JWT_SECRET: &str = "Kx92mQvL7tRz4pWn8sYb3cHd";

    #[test]
    fn issues_a_token() {
        let key = EncodingKey::from_secret(b"unit-test-signing-key");
        let token = issue(&Claims { sub: "u1".into(), exp: 4_102_444_800 }, &key).unwrap();
        assert!(!token.is_empty());
        let _ = TEST_JWT_SECRET;
    }
}
