#[launchlint::public]
fn health() {}

#[launchlint::public()]
fn ready() {}

fn main() {
    health();
    ready();
}
