//! The key was split with `concat!` "so scanners do not see it"; the compiled value is whole.

pub const STRIPE_KEY: &str = concat!("sk_live_", "0000TESTFIXTURE", "0000000000000000"); //~ hardcoded_secret

pub fn stripe_client() -> stripe::Client {
    stripe::Client::new(STRIPE_KEY)
}
