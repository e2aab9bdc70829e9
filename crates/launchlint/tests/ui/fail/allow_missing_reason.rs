#[launchlint::allow(missing_auth, missing_rate_limit)]
fn internal() {}

fn main() {
    internal();
}
