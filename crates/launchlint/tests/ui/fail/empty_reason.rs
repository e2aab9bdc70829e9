#[launchlint::public(reason = "")]
fn health() {}

fn main() {
    health();
}
