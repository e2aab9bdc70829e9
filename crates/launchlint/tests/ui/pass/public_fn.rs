#[launchlint::public(reason = "load balancer health probe")]
fn health() -> &'static str {
    "ok"
}

#[launchlint::public(reason = r"raw strings work too")]
pub fn version() -> u32 {
    1
}

fn main() {
    assert_eq!(health(), "ok");
    assert_eq!(version(), 1);
}
