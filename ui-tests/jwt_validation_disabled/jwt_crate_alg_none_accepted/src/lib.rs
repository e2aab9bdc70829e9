mod service_token;

pub use service_token::{ServiceClaims, ServiceTokenVerifier};
