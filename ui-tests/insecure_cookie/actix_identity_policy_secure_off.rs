//! actix-identity 0.4 login cookie without Secure.

use actix_identity::{CookieIdentityPolicy, IdentityService};

pub fn identity(key: &[u8]) -> IdentityService<CookieIdentityPolicy> {
    IdentityService::new(
        CookieIdentityPolicy::new(key)
            .name("auth")
            .path("/")
            .secure(false), //~ insecure_cookie
    )
}
