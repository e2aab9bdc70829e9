pub fn stripe_key_from_env() -> String {
    std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY must be set")
}
