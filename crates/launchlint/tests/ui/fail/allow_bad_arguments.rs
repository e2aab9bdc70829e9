#[launchlint::allow(missing_auth, note = "internal")]
fn unknown_key() {}

#[launchlint::allow(clippy::missing_auth, reason = "lint names are bare")]
fn path_lint() {}

#[launchlint::allow(missing_auth, missing_auth, reason = "listed twice")]
fn duplicate_lint() {}

fn main() {
    unknown_key();
    path_lint();
    duplicate_lint();
}
