#[launchlint::allow(totally_bogus, reason = "internal endpoint")]
fn internal() {}

fn main() {
    internal();
}
