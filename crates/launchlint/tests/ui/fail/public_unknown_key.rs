#[launchlint::public(why = "health probe")]
fn health() {}

fn main() {
    health();
}
