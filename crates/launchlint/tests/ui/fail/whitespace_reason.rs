#[launchlint::allow(missing_auth, reason = "  \t\n ")]
fn internal() {}

fn main() {
    internal();
}
