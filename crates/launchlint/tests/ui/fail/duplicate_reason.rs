#[launchlint::public(reason = "first", reason = "second")]
fn health() {}

fn main() {
    health();
}
