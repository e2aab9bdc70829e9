#[launchlint::allow(missing_auht, reason = "internal endpoint")]
fn internal() {}

#[launchlint::allow(missing_auth, hardcoded_secrets, reason = "test key")]
const KEY: &str = "k";

fn main() {
    internal();
    let _ = KEY;
}
