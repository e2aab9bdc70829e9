//! The sandbox integration uses Stripe's test mode, whose keys cannot move money.

pub const SANDBOX_STRIPE_KEY: &str = "sk_test_0000TESTFIXTURE0000000000000000";
pub const STRIPE_PUBLISHABLE_KEY: &str = "pk_live_0000TESTFIXTURE0000000000000000";

pub fn sandbox_client() -> stripe::Client {
    stripe::Client::new(SANDBOX_STRIPE_KEY)
}
