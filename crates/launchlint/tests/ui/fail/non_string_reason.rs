#[launchlint::public(reason = 42)]
fn health() {}

#[launchlint::allow(missing_auth, reason = WHY)]
fn internal() {}

fn main() {
    health();
    internal();
}
