#[launchlint::allow(reason = "forgot to say which lint")]
fn internal() {}

fn main() {
    internal();
}
