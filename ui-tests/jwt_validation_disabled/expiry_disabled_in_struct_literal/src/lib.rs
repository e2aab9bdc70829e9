mod session;

pub use session::SessionClaims;

pub struct SessionVerifier {
    secret: Vec<u8>,
}

impl SessionVerifier {
    pub fn from_env() -> Self {
        let secret = std::env::var("SESSION_JWT_SECRET").expect("SESSION_JWT_SECRET must be set");
        SessionVerifier { secret: secret.into_bytes() }
    }

    pub fn verify(&self, token: &str) -> Result<SessionClaims, jsonwebtoken::errors::Error> {
        session::verify_session_token(token, &self.secret)
    }
}
