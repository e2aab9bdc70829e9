use jsonwebtoken::{Algorithm, Validation};

pub fn access_token_validation() -> Validation {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["workspace-api"]);
    validation.set_issuer(&["https://auth.example.com"]);
    validation
}
