//! The CI harness talks to a throwaway webhook relay whose key is public by design.

const CI_WEBHOOK_SECRET: &str = "ci-only-Kx92mQvL7tRz4pWn8sYb3cHd";
const STRIPE_FIXTURE_KEY: &str = "sk_live_0000TESTFIXTURE0000000000000000";

fn main() {
    println!("relay configured ({} bytes)", CI_WEBHOOK_SECRET.len() + STRIPE_FIXTURE_KEY.len());
}
