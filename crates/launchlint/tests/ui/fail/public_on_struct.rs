#[launchlint::public(reason = "not a handler")]
pub struct Health {
    ok: bool,
}

fn main() {
    let health = Health { ok: true };
    assert!(health.ok);
}
