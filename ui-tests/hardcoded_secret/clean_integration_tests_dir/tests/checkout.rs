const STRIPE_SECRET_KEY: &str = "sk_live_0000TESTFIXTURE0000000000000000";
const DATABASE_URL: &str = "postgres://ci:Nq8vT3kPz7LmW2xR@ci-db.internal:5432/payments";

#[test]
fn checkout_uses_the_configured_key() {
    std::env::set_var("STRIPE_SECRET_KEY", STRIPE_SECRET_KEY);
    assert_eq!(payments::stripe_key_from_env(), STRIPE_SECRET_KEY);
    let _ = DATABASE_URL;
}
