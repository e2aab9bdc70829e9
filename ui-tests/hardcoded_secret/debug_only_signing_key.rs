//! Debug builds sign invite links with a fixed key so links survive restarts.

use jsonwebtoken::EncodingKey;

#[cfg(debug_assertions)]
const INVITE_KEY: &[u8] = b"Lm4xQ9vT2pR7sK1wZ8nB5cY3"; //~ hardcoded_secret

pub fn invite_key() -> EncodingKey {
    #[cfg(debug_assertions)]
    {
        EncodingKey::from_secret(INVITE_KEY)
    }
    #[cfg(not(debug_assertions))]
    {
        EncodingKey::from_secret(std::env::var("INVITE_KEY").expect("INVITE_KEY").as_bytes())
    }
}
